import type { Scenario } from './conversations.ts';

/** Support scenarios about subscriptions, sales enquiries and plan changes. */
export const SALES_SCENARIOS: readonly Scenario[] = [
  {
    id: 'subscription-cancel',
    priority: 'normal', type: 'task', group: 'Sales', tags: ['cancellation', 'subscription'],
    en: {
      subjects: ['Cancel our subscription', 'Please end our contract at the end of the period'],
      openings: [
        'We have decided to stop using the service and would like to cancel our {plan} subscription. Please confirm the date the subscription ends and that no further charges will be made.',
        'How do I cancel? I cannot find a cancel button anywhere in the settings. Our budget has been cut, and we need to stop the subscription before the next renewal on {date}.',
      ],
      reply: 'I am sorry to see you go. I have cancelled your {plan} subscription; it stays active until the end of the current billing period, and no further charges will be made. Your data will be kept for 30 days after that in case you change your mind. If you have a moment, we would appreciate hearing what we could have done better.',
      followUp: 'Thanks for the confirmation. It was mostly the price; the product itself worked well for us.',
    },
    fi: {
      subjects: ['Tilauksemme irtisanominen', 'Päättäkää sopimuksemme kauden lopussa'],
      openings: [
        'Olemme päättäneet lopettaa palvelun käytön ja haluamme irtisanoa {plan}-tilauksemme. Vahvistakaa, minä päivänä tilaus päättyy ja ettei meitä veloiteta enää.',
        'Miten tilauksen voi irtisanoa? En löydä asetuksista mistään irtisanomispainiketta. Budjettiamme on leikattu, ja meidän täytyy lopettaa tilaus ennen seuraavaa uusimista {date}.',
      ],
      reply: 'Harmi, että lähdette. Irtisanoin {plan}-tilauksenne. Se on voimassa nykyisen laskutuskauden loppuun, eikä teitä veloiteta enää sen jälkeen. Säilytämme tietonne vielä 30 päivää siltä varalta, että muutatte mielenne. Jos ehdit, kuulisimme mielellämme, mitä olisimme voineet tehdä paremmin.',
      followUp: 'Kiitos vahvistuksesta. Syy oli lähinnä hinta, itse tuote toimi meillä hyvin.',
    },
    et: {
      subjects: ['Meie tellimuse lõpetamine', 'Palun lõpetage meie leping perioodi lõpus'],
      openings: [
        'Oleme otsustanud teenuse kasutamise lõpetada ja soovime oma {plan} paketi tellimuse üles öelda. Palun kinnitage, mis kuupäeval tellimus lõpeb ja et rohkem tasusid ei võeta.',
        'Kuidas tellimust lõpetada? Ma ei leia seadetest kusagilt tühistamise nuppu. Meie eelarvet on kärbitud ja peame tellimuse lõpetama enne järgmist pikendamist {date}.',
      ],
      reply: 'Kahju, et lahkute. Lõpetasin teie {plan} paketi tellimuse, mis jääb kehtima kuni jooksva arveldusperioodi lõpuni, ja rohkem tasusid ei võeta. Teie andmeid säilitame pärast seda veel 30 päeva juhuks, kui meelt muudate. Kui teil on hetk aega, kuuleksime hea meelega, mida oleksime saanud paremini teha.',
      followUp: 'Aitäh kinnituse eest. Peamiselt oli põhjus hinnas, toode ise töötas meil hästi.',
    },
    nb: {
      subjects: ['Si opp abonnementet vårt', 'Avslutt avtalen vår ved periodens slutt'],
      openings: [
        'Vi har bestemt oss for å slutte å bruke tjenesten og vil si opp {plan}-abonnementet vårt. Bekreft hvilken dato abonnementet avsluttes, og at vi ikke blir belastet mer.',
        'Hvordan sier jeg opp? Jeg finner ingen knapp for oppsigelse i innstillingene. Budsjettet vårt er kuttet, og vi må avslutte abonnementet før neste fornyelse {date}.',
      ],
      reply: 'Så synd at dere slutter. Jeg har sagt opp {plan}-abonnementet deres. Det er aktivt ut inneværende faktureringsperiode, og dere blir ikke belastet mer etter det. Dataene deres oppbevares i 30 dager etterpå i tilfelle dere ombestemmer dere. Hvis du har et øyeblikk, vil vi gjerne høre hva vi kunne gjort bedre.',
      followUp: 'Takk for bekreftelsen. Det var mest prisen; selve produktet fungerte godt for oss.',
    },
  },
  {
    id: 'upgrade-interest',
    priority: 'normal', type: 'question', group: 'Sales', tags: ['upgrade', 'sales'],
    en: {
      subjects: ['Interested in upgrading our plan', 'What does the next plan up include?'],
      openings: [
        'Our team has grown, and we are hitting the limits of the {plan} plan. What would it cost to upgrade, and would we keep all our existing data and settings?',
        'We are considering moving to a bigger plan, mainly for the reporting features. Could someone walk us through the differences? A short call next week would be ideal.',
      ],
      reply: 'Great to hear the team is growing! An upgrade takes effect immediately, and all your data and settings stay as they are; you only pay the difference for the rest of the current period. I have asked our sales team to contact you to book a short call, and they can also show you the reporting features in action.',
      followUp: 'We had the call with your sales team today and decided to upgrade. Thanks for arranging it!',
    },
    fi: {
      subjects: ['Kiinnostaa paketin päivittäminen', 'Mitä isompi paketti sisältää?'],
      openings: [
        'Tiimimme on kasvanut, ja {plan}-paketin rajat alkavat tulla vastaan. Paljonko isompaan pakettiin siirtyminen maksaisi, ja säilyvätkö kaikki nykyiset tietomme ja asetuksemme?',
        'Harkitsemme isompaan pakettiin siirtymistä lähinnä raportointiominaisuuksien vuoksi. Voisiko joku käydä erot kanssamme läpi? Lyhyt puhelu ensi viikolla olisi ihanteellinen.',
      ],
      reply: 'Mahtavaa, että tiiminne kasvaa! Päivitys tulee voimaan heti, ja kaikki tietonne ja asetuksenne säilyvät ennallaan; maksatte vain erotuksen kuluvan kauden loppuun. Pyysin myyntitiimiämme ottamaan teihin yhteyttä lyhyen puhelun sopimiseksi, ja he voivat samalla esitellä raportointiominaisuuksia käytännössä.',
      followUp: 'Kävimme tänään puhelun myyntitiiminne kanssa ja päätimme päivittää paketin. Kiitos järjestelyistä!',
    },
    et: {
      subjects: ['Huvi paketi uuendamise vastu', 'Mida sisaldab järgmine pakett?'],
      openings: [
        'Meie meeskond on kasvanud ja {plan} paketi piirid hakkavad vastu tulema. Palju maksaks suuremale paketile üleminek ja kas kõik meie olemasolevad andmed ja seaded jäävad alles?',
        'Kaalume suuremale paketile üleminekut peamiselt aruandlusvõimaluste pärast. Kas keegi saaks erinevused meiega läbi käia? Lühike kõne järgmisel nädalal oleks ideaalne.',
      ],
      reply: 'Tore kuulda, et meeskond kasvab! Uuendus jõustub kohe ning kõik teie andmed ja seaded jäävad samaks; maksate ainult jooksva perioodi lõpuni jääva vahe. Palusin meie müügimeeskonnal teiega ühendust võtta, et lühike kõne kokku leppida, ja nad saavad teile ka aruandlusvõimalusi tegevuses näidata.',
      followUp: 'Rääkisime täna teie müügimeeskonnaga ja otsustasime paketti uuendada. Aitäh korraldamast!',
    },
    nb: {
      subjects: ['Interessert i å oppgradere abonnementet', 'Hva inkluderer neste abonnementsnivå?'],
      openings: [
        'Teamet vårt har vokst, og vi begynner å nå grensene i {plan}-abonnementet. Hva vil det koste å oppgradere, og beholder vi alle eksisterende data og innstillinger?',
        'Vi vurderer å gå over til et større abonnement, hovedsakelig på grunn av rapportfunksjonene. Kan noen gå gjennom forskjellene med oss? En kort samtale neste uke hadde vært ideelt.',
      ],
      reply: 'Så fint at teamet vokser! Oppgraderingen gjelder med en gang, og alle data og innstillinger blir som før; dere betaler bare mellomlegget for resten av inneværende periode. Jeg har bedt salgsteamet vårt ta kontakt for å avtale en kort samtale, og de kan samtidig vise dere rapportfunksjonene i praksis.',
      followUp: 'Vi hadde samtalen med salgsteamet deres i dag og har bestemt oss for å oppgradere. Takk for at du ordnet det!',
    },
  },
  {
    id: 'volume-quote',
    priority: 'normal', type: 'question', group: 'Sales', tags: ['sales', 'quote', 'pricing'],
    en: {
      subjects: ['Quote for 50 licences', 'Volume discount for a larger team?'],
      openings: [
        'We are comparing a few options for our customer service team of about 50 people. Could you send us a quote for annual billing? We would also like to know whether you offer a discount for non-profit organisations.',
        'Do you offer volume discounts? We would need around 40 users across three countries, and our procurement process requires a written quote.',
      ],
      reply: 'Thanks for your interest! For teams of that size we offer annual agreements with a volume discount, and I have asked our sales team to prepare a written quote. You should receive it within two working days. If you let us know which features matter most to you, we can tailor the offer.',
      followUp: 'We received the quote, thank you. We will get back to you once our procurement team has reviewed it.',
    },
    fi: {
      subjects: ['Tarjouspyyntö 50 lisenssistä', 'Määräalennus isommalle tiimille?'],
      openings: [
        'Vertailemme vaihtoehtoja noin 50 hengen asiakaspalvelutiimillemme. Voisitteko lähettää tarjouksen vuosilaskutuksella? Haluaisimme myös tietää, onko teillä alennusta yleishyödyllisille yhteisöille.',
        'Tarjoatteko määräalennuksia? Tarvitsisimme noin 40 käyttäjää kolmessa maassa, ja hankintaprosessimme edellyttää kirjallista tarjousta.',
      ],
      reply: 'Kiitos kiinnostuksestanne! Tämänkokoisille tiimeille tarjoamme vuosisopimuksia määräalennuksella, ja pyysin myyntitiimiämme laatimaan kirjallisen tarjouksen. Saatte sen kahden arkipäivän kuluessa. Jos kerrotte, mitkä ominaisuudet ovat teille tärkeimpiä, voimme räätälöidä tarjouksen.',
      followUp: 'Saimme tarjouksen, kiitos. Palaamme asiaan, kun hankintatiimimme on käynyt sen läpi.',
    },
    et: {
      subjects: ['Hinnapakkumine 50 litsentsile', 'Mahusoodustus suuremale meeskonnale?'],
      openings: [
        'Võrdleme mõnda varianti meie umbes 50-liikmelise klienditeenindusmeeskonna jaoks. Kas saaksite saata hinnapakkumise aastase arveldusega? Sooviksime ka teada, kas pakute mittetulundusühingutele soodustust.',
        'Kas pakute mahusoodustusi? Vajaksime umbes 40 kasutajat kolmes riigis ja meie hankeprotsess nõuab kirjalikku hinnapakkumist.',
      ],
      reply: 'Aitäh huvi eest! Sellise suurusega meeskondadele pakume mahusoodustusega aastalepinguid ja palusin meie müügimeeskonnal kirjaliku pakkumise koostada. Peaksite selle saama kahe tööpäeva jooksul. Kui annate teada, millised funktsioonid on teile kõige olulisemad, saame pakkumise teie vajadustele kohandada.',
      followUp: 'Saime pakkumise kätte, aitäh. Anname teada, kui meie hankemeeskond on selle üle vaadanud.',
    },
    nb: {
      subjects: ['Tilbud på 50 lisenser', 'Volumrabatt for et større team?'],
      openings: [
        'Vi sammenligner noen alternativer for kundeserviceteamet vårt på rundt 50 personer. Kan dere sende oss et tilbud med årlig fakturering? Vi vil også gjerne vite om dere gir rabatt til ideelle organisasjoner.',
        'Gir dere volumrabatt? Vi trenger rundt 40 brukere fordelt på tre land, og innkjøpsprosessen vår krever et skriftlig tilbud.',
      ],
      reply: 'Takk for interessen! For team av den størrelsen tilbyr vi årsavtaler med volumrabatt, og jeg har bedt salgsteamet vårt om å utarbeide et skriftlig tilbud. Dere skal få det innen to virkedager. Hvis dere forteller hvilke funksjoner som er viktigst for dere, kan vi tilpasse tilbudet.',
      followUp: 'Vi har fått tilbudet, takk. Vi kommer tilbake når innkjøpsavdelingen har gått gjennom det.',
    },
  },
  {
    id: 'trial-extension',
    priority: 'low', type: 'question', group: 'Sales', tags: ['trial', 'sales'],
    en: {
      subjects: ['Can we extend our trial?', 'Trial ending too soon'],
      openings: [
        'Our free trial ends on {date}, but we have not had time to test everything properly because of the holidays. Would it be possible to extend it by a couple of weeks?',
        'We are still evaluating the product with our team. Is there any way to get a little more time on the trial before we decide?',
      ],
      reply: 'Of course. I have extended your trial by 14 days, so you have plenty of time to test everything with your team. If it would help, our onboarding team runs a free 30-minute walkthrough; just reply to this email and we will book a time.',
      followUp: 'Thank you! We would like the walkthrough; any afternoon next week suits us.',
    },
    fi: {
      subjects: ['Voimmeko jatkaa kokeilujaksoa?', 'Kokeilujakso päättyy liian pian'],
      openings: [
        'Ilmainen kokeilujaksomme päättyy {date}, mutta lomien takia emme ole ehtineet testata kaikkea kunnolla. Olisiko mahdollista jatkaa sitä parilla viikolla?',
        'Arvioimme tuotetta vielä tiimimme kanssa. Voisimmeko saada kokeilujaksolle vähän lisäaikaa ennen kuin teemme päätöksen?',
      ],
      reply: 'Totta kai. Jatkoin kokeilujaksoanne 14 päivällä, joten teillä on hyvin aikaa testata kaikki tiimin kanssa. Jos siitä on apua, käyttöönottotiimimme pitää maksuttoman 30 minuutin esittelyn; vastaa vain tähän viestiin, niin sovitaan aika.',
      followUp: 'Kiitos! Esittely kiinnostaa, ja mikä tahansa ensi viikon iltapäivä sopii meille.',
    },
    et: {
      subjects: ['Kas saame prooviperioodi pikendada?', 'Prooviperiood lõpeb liiga vara'],
      openings: [
        'Meie tasuta prooviperiood lõpeb {date}, kuid puhkuste tõttu pole me jõudnud kõike korralikult testida. Kas oleks võimalik seda paari nädala võrra pikendada?',
        'Hindame toodet veel koos meeskonnaga. Kas saaksime prooviperioodile enne otsustamist natuke lisaaega?',
      ],
      reply: 'Muidugi. Pikendasin teie prooviperioodi 14 päeva võrra, nii et teil on piisavalt aega meeskonnaga kõike testida. Kui sellest on abi, teeb meie juurutusmeeskond tasuta 30-minutilise tutvustuse; vastake lihtsalt sellele kirjale ja lepime aja kokku.',
      followUp: 'Aitäh! Tutvustus huvitab meid ja meile sobib ükskõik milline järgmise nädala pärastlõuna.',
    },
    nb: {
      subjects: ['Kan vi forlenge prøveperioden?', 'Prøveperioden slutter for tidlig'],
      openings: [
        'Den gratis prøveperioden vår slutter {date}, men på grunn av ferien har vi ikke rukket å teste alt ordentlig. Er det mulig å forlenge den med et par uker?',
        'Vi evaluerer fortsatt produktet sammen med teamet. Kan vi få litt mer tid på prøveperioden før vi bestemmer oss?',
      ],
      reply: 'Selvsagt. Jeg har forlenget prøveperioden deres med 14 dager, så dere har god tid til å teste alt med teamet. Hvis det kan hjelpe, holder onboarding-teamet vårt en gratis gjennomgang på 30 minutter; bare svar på denne e-posten, så avtaler vi et tidspunkt.',
      followUp: 'Takk! Vi vil gjerne ha en gjennomgang, og enhver ettermiddag neste uke passer for oss.',
    },
  },
  {
    id: 'plan-downgrade',
    priority: 'low', type: 'task', group: 'Billing', tags: ['subscription', 'downgrade'],
    en: {
      subjects: ['Downgrade to a smaller plan', 'Switch from {plan} to a cheaper plan'],
      openings: [
        'We no longer need all the features of the {plan} plan and would like to move to a cheaper one from the next billing period. Will we lose any data if we downgrade?',
        'Our team has shrunk, so we are paying for more than we use. Can we switch to a smaller plan without cancelling and starting over?',
      ],
      reply: 'Yes, you can switch to a smaller plan at any time, and the change takes effect at the start of the next billing period. No data is deleted; features that are not included in the smaller plan are simply hidden and come back if you upgrade again. I have scheduled the change for you, and you will see the new price on your next invoice.',
      followUp: 'Perfect, thanks for taking care of it.',
    },
    fi: {
      subjects: ['Siirtyminen pienempään pakettiin', 'Vaihto {plan}-paketista edullisempaan'],
      openings: [
        'Emme enää tarvitse kaikkia {plan}-paketin ominaisuuksia ja haluaisimme siirtyä edullisempaan pakettiin seuraavasta laskutuskaudesta alkaen. Menetämmekö tietoja, jos vaihdamme pienempään pakettiin?',
        'Tiimimme on pienentynyt, joten maksamme enemmän kuin käytämme. Voimmeko vaihtaa pienempään pakettiin ilman, että meidän pitää irtisanoa tilaus ja aloittaa alusta?',
      ],
      reply: 'Kyllä, pienempään pakettiin voi vaihtaa milloin tahansa, ja muutos tulee voimaan seuraavan laskutuskauden alussa. Tietoja ei poisteta; ominaisuudet, jotka eivät kuulu pienempään pakettiin, vain piilotetaan, ja ne palaavat, jos päivitätte myöhemmin takaisin. Ajastin vaihdon puolestanne, ja uusi hinta näkyy seuraavassa laskussanne.',
      followUp: 'Täydellistä, kiitos että hoidit asian.',
    },
    et: {
      subjects: ['Üleminek väiksemale paketile', 'Vahetus {plan} paketilt odavamale'],
      openings: [
        'Meil pole enam vaja kõiki {plan} paketi funktsioone ja sooviksime järgmisest arveldusperioodist üle minna odavamale paketile. Kas kaotame väiksemale paketile üle minnes mingeid andmeid?',
        'Meie meeskond on väiksemaks jäänud, nii et maksame rohkem, kui kasutame. Kas saame väiksemale paketile üle minna ilma tellimust lõpetamata ja otsast alustamata?',
      ],
      reply: 'Jah, väiksemale paketile saab üle minna igal ajal ja muudatus jõustub järgmise arveldusperioodi alguses. Andmeid ei kustutata; funktsioonid, mis väiksemas paketis ei sisaldu, lihtsalt peidetakse ja need tulevad tagasi, kui hiljem uuesti suurema paketi valite. Ajastasin vahetuse teie eest ja uus hind on näha teie järgmisel arvel.',
      followUp: 'Suurepärane, aitäh, et asja korda ajasite.',
    },
    nb: {
      subjects: ['Nedgradere til et mindre abonnement', 'Bytte fra {plan} til et billigere abonnement'],
      openings: [
        'Vi trenger ikke lenger alle funksjonene i {plan}-abonnementet og vil gjerne gå over til et billigere fra neste faktureringsperiode. Mister vi noen data hvis vi nedgraderer?',
        'Teamet vårt har blitt mindre, så vi betaler for mer enn vi bruker. Kan vi bytte til et mindre abonnement uten å si opp og begynne på nytt?',
      ],
      reply: 'Ja, du kan bytte til et mindre abonnement når som helst, og endringen gjelder fra starten av neste faktureringsperiode. Ingen data slettes; funksjoner som ikke er med i det mindre abonnementet, blir bare skjult og kommer tilbake hvis dere oppgraderer igjen. Jeg har lagt inn byttet for dere, og den nye prisen vises på neste faktura.',
      followUp: 'Perfekt, takk for at du ordnet det.',
    },
  },
  {
    id: 'price-increase',
    priority: 'normal', type: 'question', group: 'Sales', tags: ['pricing', 'subscription'],
    en: {
      subjects: ['Question about the price increase', 'Why is our subscription getting more expensive?'],
      openings: [
        'We received a notice that the price of our {plan} plan will go up from {date}. We have been customers for four years. Is there any way to keep our current price, for example by switching to annual billing?',
        'Your email says our monthly price will rise to {amount}. That is a big jump for a small business like ours. What has changed, and are there any alternatives?',
      ],
      reply: 'Thank you for your loyalty over the years; I understand the increase is unwelcome. If you switch to annual billing before the new prices take effect, you keep the current price for the next twelve months, and annual billing also includes a 15% discount. I can make the change for you straight away if you like.',
      followUp: 'That sounds like a good solution. We have now switched to annual billing in the settings ourselves.',
    },
    fi: {
      subjects: ['Kysymys hinnankorotuksesta', 'Miksi tilauksemme kallistuu?'],
      openings: [
        'Saimme ilmoituksen, että {plan}-pakettimme hinta nousee {date} alkaen. Olemme olleet asiakkaananne neljä vuotta. Voisimmeko säilyttää nykyisen hinnan esimerkiksi siirtymällä vuosilaskutukseen?',
        'Sähköpostinne mukaan kuukausihintamme on jatkossa {amount}. Se on iso hyppäys meidän kokoisellemme pienyritykselle. Mikä on muuttunut, ja onko vaihtoehtoja?',
      ],
      reply: 'Kiitos, että olette olleet asiakkaitamme jo vuosia, ja ymmärrän, ettei korotus ilahduta. Jos siirrytte vuosilaskutukseen ennen kuin uudet hinnat tulevat voimaan, nykyinen hinta pysyy seuraavat kaksitoista kuukautta, ja vuosilaskutukseen sisältyy lisäksi 15 prosentin alennus. Voin tehdä muutoksen puolestanne heti, jos haluatte.',
      followUp: 'Kuulostaa hyvältä ratkaisulta. Vaihdoimme itse asetuksista vuosilaskutukseen.',
    },
    et: {
      subjects: ['Küsimus hinnatõusu kohta', 'Miks meie tellimus kallimaks läheb?'],
      openings: [
        'Saime teate, et meie {plan} paketi hind tõuseb alates {date}. Oleme olnud teie kliendid neli aastat. Kas saaksime praeguse hinna säilitada, näiteks aastasele arveldusele üle minnes?',
        'Teie e-kirja järgi on meie kuuhind edaspidi {amount}. See on meiesugusele väikeettevõttele suur hüpe. Mis on muutunud ja kas on alternatiive?',
      ],
      reply: 'Aitäh, et olete olnud meie kliendid juba aastaid; saan aru, et hinnatõus ei ole meeldiv. Kui lähete aastasele arveldusele üle enne uute hindade jõustumist, jääb praegune hind kehtima järgmiseks kaheteistkümneks kuuks ja aastane arveldus sisaldab lisaks 15-protsendilist soodustust. Võin muudatuse soovi korral kohe teie eest ära teha.',
      followUp: 'See kõlab hea lahendusena. Läksime seadetes ise aastasele arveldusele üle.',
    },
    nb: {
      subjects: ['Spørsmål om prisøkningen', 'Hvorfor blir abonnementet vårt dyrere?'],
      openings: [
        'Vi har fått varsel om at prisen på {plan}-abonnementet vårt går opp fra {date}. Vi har vært kunder i fire år. Finnes det en måte å beholde dagens pris på, for eksempel ved å gå over til årlig fakturering?',
        'Ifølge e-posten deres blir månedsprisen vår {amount}. Det er et stort hopp for en liten bedrift som vår. Hva har endret seg, og finnes det alternativer?',
      ],
      reply: 'Takk for at dere har vært kunder hos oss i mange år; jeg forstår at økningen ikke er velkommen. Hvis dere går over til årlig fakturering før de nye prisene trer i kraft, beholder dere dagens pris de neste tolv månedene, og årlig fakturering gir i tillegg 15 % rabatt. Jeg kan gjøre endringen for dere med en gang hvis dere ønsker det.',
      followUp: 'Det høres ut som en god løsning. Vi har selv gått over til årlig fakturering i innstillingene.',
    },
  },
  {
    id: 'sso-setup',
    priority: 'normal', type: 'task', group: 'IT', tags: ['sso', 'security', 'account'],
    en: {
      subjects: ['Setting up single sign-on', 'SSO login fails with "audience mismatch"'],
      openings: [
        'Our IT policy requires all cloud services to use single sign-on through our company identity provider. Is SSO supported, and where can I find the setup instructions?',
        'We have configured SAML single sign-on, but users get the error "audience mismatch" when they try to log in. What have we done wrong?',
      ],
      reply: 'SSO is supported on your plan through both SAML 2.0 and OpenID Connect. The setup instructions are under Settings → Security → Single sign-on, where you will also find the values to enter on the identity provider side. The "audience mismatch" error means that the Entity ID in your identity provider does not match ours exactly; copy it from the settings page, including the trailing slash, and logins should work.',
      followUp: 'The trailing slash was the problem. SSO works for everyone now.',
    },
    fi: {
      subjects: ['Kertakirjautumisen käyttöönotto', 'SSO-kirjautuminen epäonnistuu: "audience mismatch"'],
      openings: [
        'IT-käytäntömme edellyttää, että kaikissa pilvipalveluissa käytetään kertakirjautumista yrityksemme tunnistuspalvelun kautta. Tuetaanko SSO:ta, ja mistä löydän käyttöönotto-ohjeet?',
        'Määritimme SAML-kertakirjautumisen, mutta käyttäjät saavat kirjautuessaan virheen "audience mismatch". Mitä olemme tehneet väärin?',
      ],
      reply: 'Pakettinne tukee kertakirjautumista sekä SAML 2.0:n että OpenID Connectin kautta. Käyttöönotto-ohjeet löytyvät kohdasta Asetukset → Tietoturva → Kertakirjautuminen, ja sieltä saat myös arvot, jotka syötetään tunnistuspalvelun puolelle. Virhe "audience mismatch" tarkoittaa, että tunnistuspalvelussa oleva Entity ID ei vastaa meidän arvoamme täsmälleen. Kopioi se asetussivulta loppukauttaviivaa myöten, niin kirjautumisen pitäisi toimia.',
      followUp: 'Loppukauttaviiva oli syyllinen. SSO toimii nyt kaikilla.',
    },
    et: {
      subjects: ['Ühekordse sisselogimise seadistamine', 'SSO sisselogimine ebaõnnestub: „audience mismatch“'],
      openings: [
        'Meie IT-poliitika nõuab, et kõik pilveteenused kasutaksid ühekordset sisselogimist meie ettevõtte identiteedipakkuja kaudu. Kas SSO on toetatud ja kust leian seadistamise juhised?',
        'Seadistasime SAML-põhise ühekordse sisselogimise, kuid kasutajad saavad sisse logides vea „audience mismatch“. Mida me valesti tegime?',
      ],
      reply: 'Teie pakett toetab ühekordset sisselogimist nii SAML 2.0 kui ka OpenID Connecti kaudu. Seadistamise juhised leiate jaotisest Seaded → Turvalisus → Ühekordne sisselogimine, kust saate ka väärtused, mis tuleb sisestada identiteedipakkuja poolel. Viga „audience mismatch“ tähendab, et teie identiteedipakkujas olev Entity ID ei ühti täpselt meie omaga; kopeerige see seadete lehelt koos lõpus oleva kaldkriipsuga ja sisselogimine peaks toimima.',
      followUp: 'Süüdi oli lõpus olev kaldkriips. Nüüd töötab SSO kõigil.',
    },
    nb: {
      subjects: ['Oppsett av enkel pålogging (SSO)', 'SSO-innlogging feiler med «audience mismatch»'],
      openings: [
        'IT-retningslinjene våre krever at alle skytjenester bruker enkel pålogging via firmaets identitetsleverandør. Støttes SSO, og hvor finner jeg oppsettsveiledningen?',
        'Vi har satt opp SAML-pålogging, men brukerne får feilen «audience mismatch» når de prøver å logge inn. Hva har vi gjort feil?',
      ],
      reply: 'Abonnementet deres støtter SSO via både SAML 2.0 og OpenID Connect. Veiledningen finner du under Innstillinger → Sikkerhet → Enkel pålogging, og der står også verdiene som skal legges inn hos identitetsleverandøren. Feilen «audience mismatch» betyr at Entity ID hos identitetsleverandøren ikke stemmer nøyaktig med vår; kopier den fra innstillingssiden, inkludert skråstreken på slutten, så skal innloggingen virke.',
      followUp: 'Det var skråstreken på slutten. Nå fungerer SSO for alle.',
    },
  },
  {
    id: 'discount-code',
    priority: 'low', type: 'problem', group: 'Tier 1', tags: ['discount', 'checkout'],
    en: {
      subjects: ['Discount code not working', 'Campaign code rejected at checkout'],
      openings: [
        'I tried to use the discount code from your newsletter, but the checkout says it is not valid. The newsletter says the offer is valid until {date}. Could you check?',
        'The campaign code did not apply to my order {orderNumber}, so I paid the full price of {amount}. Can you refund the difference?',
      ],
      reply: 'Sorry for the trouble. The code only applied to full-price items, which the newsletter did not make clear enough. I have applied the discount to your order manually, and the difference will be refunded to your card within a few days.',
      followUp: 'Thank you, that is very kind.',
    },
    fi: {
      subjects: ['Alennuskoodi ei toimi', 'Kampanjakoodi hylätään kassalla'],
      openings: [
        'Yritin käyttää uutiskirjeenne alennuskoodia, mutta kassalla sanotaan, ettei koodi ole voimassa. Uutiskirjeen mukaan tarjous on voimassa {date} asti. Voisitteko tarkistaa asian?',
        'Kampanjakoodi ei toiminut tilauksessani {orderNumber}, joten maksoin täyden hinnan, {amount}. Voitteko hyvittää erotuksen?',
      ],
      reply: 'Pahoittelen hankaluutta. Koodi koski vain normaalihintaisia tuotteita, mitä uutiskirjeessä ei kerrottu riittävän selvästi. Tein alennuksen tilaukseesi käsin, ja erotus palautetaan kortillesi muutaman päivän kuluessa.',
      followUp: 'Kiitos, tosi ystävällistä.',
    },
    et: {
      subjects: ['Sooduskood ei tööta', 'Kampaaniakood lükatakse kassas tagasi'],
      openings: [
        'Proovisin kasutada teie uudiskirjas olnud sooduskoodi, aga kassas öeldakse, et see ei kehti. Uudiskirja järgi kehtib pakkumine kuni {date}. Kas saaksite kontrollida?',
        'Kampaaniakood ei rakendunud minu tellimusele {orderNumber}, nii et maksin täishinna {amount}. Kas saate vahe tagastada?',
      ],
      reply: 'Vabandan ebamugavuse pärast. Kood kehtis ainult täishinnaga toodetele, mida uudiskirjas piisavalt selgelt ei öeldud. Rakendasin soodustuse teie tellimusele käsitsi ja vahe kantakse paari päeva jooksul teie kaardile tagasi.',
      followUp: 'Aitäh, väga lahke teist.',
    },
    nb: {
      subjects: ['Rabattkoden virker ikke', 'Kampanjekoden blir avvist i kassen'],
      openings: [
        'Jeg prøvde å bruke rabattkoden fra nyhetsbrevet deres, men i kassen står det at den ikke er gyldig. Ifølge nyhetsbrevet gjelder tilbudet til {date}. Kan dere sjekke det?',
        'Kampanjekoden ble ikke brukt på ordre {orderNumber}, så jeg betalte full pris, {amount}. Kan dere refundere mellomlegget?',
      ],
      reply: 'Beklager bryet. Koden gjaldt bare varer til full pris, og det kom ikke tydelig nok fram i nyhetsbrevet. Jeg har lagt inn rabatten på bestillingen din manuelt, og mellomlegget blir refundert til kortet ditt i løpet av noen dager.',
      followUp: 'Takk, det var veldig hyggelig.',
    },
  },
];
