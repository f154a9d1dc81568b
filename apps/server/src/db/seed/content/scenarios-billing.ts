import type { Scenario } from './conversations.ts';

/** Support scenarios about invoices, payments and refunds. */
export const BILLING_SCENARIOS: readonly Scenario[] = [
  {
    id: 'invoice-unclear',
    priority: 'normal', type: 'question', group: 'Billing', tags: ['billing', 'invoice'],
    en: {
      subjects: ['Question about invoice {invoiceNumber}', 'What is this charge on my invoice?', 'Invoice {invoiceNumber} looks higher than usual'],
      openings: [
        'I just received invoice {invoiceNumber} and the total is {amount}, which is more than we normally pay. There is a line called "additional usage" that I don’t recognise. Could you explain what it covers?',
        'Our latest invoice has a charge I cannot match to anything we ordered. The amount is {amount} and the invoice number is {invoiceNumber}. Can you tell me what it is for before I approve the payment?',
      ],
      reply: 'Thanks for asking before paying. The extra line on invoice {invoiceNumber} is for usage above the limit of your {plan} plan during the previous month. I have attached a breakdown by day so you can see where it came from. If you expect the higher usage to continue, moving up a plan would work out cheaper than paying for the overage.',
      followUp: 'Thanks, the breakdown makes sense now. We had a campaign running last month, so that explains it.',
    },
    fi: {
      subjects: ['Kysymys laskusta {invoiceNumber}', 'Mikä tämä veloitus laskussani on?', 'Lasku {invoiceNumber} on tavallista suurempi'],
      openings: [
        'Sain juuri laskun {invoiceNumber}, ja sen loppusumma on {amount}, mikä on enemmän kuin yleensä maksamme. Laskussa on rivi "lisäkäyttö", jota en tunnista. Voisitteko kertoa, mistä se muodostuu?',
        'Viimeisimmässä laskussamme on veloitus, jota en osaa yhdistää mihinkään tilaamaamme. Summa on {amount} ja laskun numero {invoiceNumber}. Voitteko kertoa, mistä on kyse, ennen kuin hyväksyn laskun maksuun?',
      ],
      reply: 'Kiitos, että kysyit ennen maksamista. Laskun {invoiceNumber} lisärivi koskee edellisen kuukauden käyttöä, joka ylitti {plan}-paketin rajan. Liitin mukaan päiväkohtaisen erittelyn, josta näet, mistä summa kertyy. Jos käyttö pysyy jatkossakin samalla tasolla, isompi paketti tulee edullisemmaksi kuin ylityksistä maksaminen.',
      followUp: 'Kiitos, nyt erittely on selvä. Meillä oli viime kuussa kampanja käynnissä, joten se selittää asian.',
    },
    et: {
      subjects: ['Küsimus arve {invoiceNumber} kohta', 'Mis tasu see minu arvel on?', 'Arve {invoiceNumber} on tavalisest suurem'],
      openings: [
        'Sain just arve {invoiceNumber} ja selle kogusumma on {amount}, mis on rohkem, kui me tavaliselt maksame. Arvel on rida „lisakasutus“, mida ma ei tunne ära. Kas saaksite selgitada, mille eest see on?',
        'Meie viimasel arvel on tasu, mida ma ei oska seostada ühegi tellimusega. Summa on {amount} ja arve number {invoiceNumber}. Palun öelge, millega on tegu, enne kui ma arve maksmiseks kinnitan.',
      ],
      reply: 'Aitäh, et küsisite enne maksmist. Arve {invoiceNumber} lisarida puudutab eelmise kuu kasutust, mis ületas teie {plan} paketi piiri. Lisasin päevade kaupa jaotuse, kust on näha, millest summa kujunes. Kui kasutus jääb ka edaspidi samale tasemele, tuleb suurem pakett odavam kui ületuste eest maksmine.',
      followUp: 'Aitäh, nüüd on jaotus arusaadav. Meil oli eelmisel kuul kampaania, nii et see selgitab asja.',
    },
    nb: {
      subjects: ['Spørsmål om faktura {invoiceNumber}', 'Hva er dette beløpet på fakturaen min?', 'Faktura {invoiceNumber} er høyere enn vanlig'],
      openings: [
        'Jeg har nettopp fått faktura {invoiceNumber}, og totalbeløpet er {amount}, som er mer enn vi vanligvis betaler. Det står en linje som heter «tilleggsbruk» som jeg ikke kjenner igjen. Kan dere forklare hva den gjelder?',
        'Den siste fakturaen vår har et beløp jeg ikke klarer å knytte til noe vi har bestilt. Beløpet er {amount}, og fakturanummeret er {invoiceNumber}. Kan dere si hva dette er før jeg godkjenner betalingen?',
      ],
      reply: 'Takk for at du spør før du betaler. Tilleggslinjen på faktura {invoiceNumber} gjelder bruk over grensen i {plan}-abonnementet ditt forrige måned. Jeg har lagt ved en oversikt per dag, så du kan se hvor beløpet kommer fra. Hvis bruken holder seg på samme nivå, blir et større abonnement billigere enn å betale for overforbruket.',
      followUp: 'Takk, nå gir oversikten mening. Vi hadde en kampanje gående forrige måned, så det forklarer saken.',
    },
  },
  {
    id: 'double-charge',
    priority: 'high', type: 'problem', group: 'Billing', tags: ['billing', 'payment', 'double-charge'],
    en: {
      subjects: ['Charged twice for the same order', 'Double payment on my card', 'Duplicate charge for order {orderNumber}'],
      openings: [
        'My card was charged twice for order {orderNumber}. Both payments of {amount} were taken on {date}. Please refund one of them as soon as possible.',
        'I checked my bank statement and you have taken {amount} from my account two times. I only placed one order ({orderNumber}). How do I get the extra payment back?',
      ],
      reply: 'I am sorry about the double charge. I can see two payments of {amount} for order {orderNumber}; the second one was caused by a timeout at our payment provider. I have refunded the duplicate today, and it should appear on your account within 3–5 banking days.',
      followUp: 'Thank you. I can see the refund as pending in my bank app now.',
    },
    fi: {
      subjects: ['Minua veloitettiin kahdesti samasta tilauksesta', 'Kaksinkertainen veloitus kortiltani', 'Tilaus {orderNumber} veloitettu kahteen kertaan'],
      openings: [
        'Korttiani veloitettiin kahdesti tilauksesta {orderNumber}. Kumpikin veloitus oli {amount}, ja ne tehtiin {date}. Palauttakaa toinen niistä mahdollisimman pian.',
        'Tarkistin tiliotteeni, ja tililtäni on veloitettu {amount} kaksi kertaa. Tein vain yhden tilauksen ({orderNumber}). Miten saan ylimääräisen maksun takaisin?',
      ],
      reply: 'Pahoittelen kaksoisveloitusta. Näen tilauksella {orderNumber} kaksi maksua, kumpikin {amount}; toinen johtui maksunvälittäjämme aikakatkaisusta. Palautin ylimääräisen veloituksen tänään, ja sen pitäisi näkyä tililläsi 3–5 pankkipäivän kuluessa.',
      followUp: 'Kiitos! Palautus näkyy jo pankkisovelluksessa tulevana tapahtumana.',
    },
    et: {
      subjects: ['Sama tellimuse eest võeti raha kaks korda', 'Topeltmakse minu kaardilt', 'Tellimuse {orderNumber} eest võeti raha kaks korda'],
      openings: [
        'Minu kaardilt võeti tellimuse {orderNumber} eest raha kaks korda. Mõlemad maksed summas {amount} tehti {date}. Palun tagastage üks neist nii kiiresti kui võimalik.',
        'Vaatasin oma pangaväljavõtet ja minu kontolt on võetud {amount} kaks korda. Esitasin ainult ühe tellimuse ({orderNumber}). Kuidas ma lisamakse tagasi saan?',
      ],
      reply: 'Vabandan topeltmakse pärast. Näen tellimuse {orderNumber} juures kahte makset summas {amount}; teine tekkis meie makseteenuse pakkuja ajalõpu tõttu. Tagastasin liigse makse täna ja see peaks teie kontole jõudma 3–5 pangapäeva jooksul.',
      followUp: 'Aitäh! Näen tagasimakset juba oma pangarakenduses ootel olevana.',
    },
    nb: {
      subjects: ['Belastet to ganger for samme bestilling', 'Dobbel betaling på kortet mitt', 'Dobbelt trekk for ordre {orderNumber}'],
      openings: [
        'Kortet mitt ble belastet to ganger for ordre {orderNumber}. Begge trekkene på {amount} ble gjort {date}. Kan dere refundere det ene så snart som mulig?',
        'Jeg sjekket kontoutskriften, og dere har trukket {amount} fra kontoen min to ganger. Jeg la bare inn én bestilling ({orderNumber}). Hvordan får jeg tilbake det ekstra beløpet?',
      ],
      reply: 'Beklager det doble trekket. Jeg ser to betalinger på {amount} for ordre {orderNumber}; den andre skyldtes et tidsavbrudd hos betalingsleverandøren vår. Jeg har refundert det ekstra trekket i dag, og det skal være på kontoen din innen 3–5 virkedager.',
      followUp: 'Takk! Jeg ser refusjonen som reservert i nettbanken nå.',
    },
  },
  {
    id: 'invoice-copy',
    priority: 'low', type: 'task', group: 'Billing', tags: ['billing', 'invoice'],
    en: {
      subjects: ['Copy of invoice {invoiceNumber}', 'Need invoices for our accounts', 'Where can I download old invoices?'],
      openings: [
        'Our accountant needs a copy of invoice {invoiceNumber}. I cannot find it in our email any more. Could you send it again as a PDF?',
        'We are closing the books for the year, and I need copies of all invoices from the last twelve months. In the admin panel I can only see the three most recent ones. Is there a way to download the older ones as well?',
      ],
      reply: 'Of course. I have sent a copy of invoice {invoiceNumber} to the billing address on your account. All earlier invoices are also available under Settings → Billing → Invoice history, where you can download them as PDFs one by one or as a single ZIP file for the whole year.',
      followUp: 'Found them, thank you. The ZIP download is exactly what our accountant wanted.',
    },
    fi: {
      subjects: ['Kopio laskusta {invoiceNumber}', 'Tarvitsemme laskut kirjanpitoon', 'Mistä voin ladata vanhoja laskuja?'],
      openings: [
        'Kirjanpitäjämme tarvitsee kopion laskusta {invoiceNumber}. En löydä sitä enää sähköpostistamme. Voisitteko lähettää sen uudelleen PDF-muodossa?',
        'Teemme tilinpäätöstä, ja tarvitsen kopiot kaikista viimeisen kahdentoista kuukauden laskuista. Hallintapaneelissa näen vain kolme viimeisintä. Onko vanhempia laskuja mahdollista ladata jostain?',
      ],
      reply: 'Totta kai. Lähetin kopion laskusta {invoiceNumber} tilisi laskutusosoitteeseen. Kaikki aiemmat laskut löytyvät myös kohdasta Asetukset → Laskutus → Laskuhistoria, josta voit ladata ne PDF-tiedostoina yksitellen tai koko vuoden laskut yhtenä ZIP-tiedostona.',
      followUp: 'Löytyivät, kiitos. ZIP-lataus oli juuri sitä, mitä kirjanpitäjämme halusi.',
    },
    et: {
      subjects: ['Arve {invoiceNumber} koopia', 'Vajame arveid raamatupidamise jaoks', 'Kust saan vanu arveid alla laadida?'],
      openings: [
        'Meie raamatupidaja vajab arve {invoiceNumber} koopiat. Ma ei leia seda enam oma e-postist. Kas saaksite selle uuesti PDF-failina saata?',
        'Paneme aastat kinni ja mul on vaja kõiki viimase kaheteistkümne kuu arveid. Halduspaneelis näen ainult kolme viimast. Kas vanemaid arveid on kuidagi võimalik alla laadida?',
      ],
      reply: 'Muidugi. Saatsin arve {invoiceNumber} koopia teie konto arveldusaadressile. Kõik varasemad arved leiate ka jaotisest Seaded → Arveldus → Arvete ajalugu, kust saate need PDF-failidena ükshaaval või terve aasta kohta ühe ZIP-failina alla laadida.',
      followUp: 'Leidsin üles, aitäh. ZIP-fail oli täpselt see, mida meie raamatupidaja soovis.',
    },
    nb: {
      subjects: ['Kopi av faktura {invoiceNumber}', 'Trenger fakturaer til regnskapet', 'Hvor kan jeg laste ned gamle fakturaer?'],
      openings: [
        'Regnskapsføreren vår trenger en kopi av faktura {invoiceNumber}. Jeg finner den ikke lenger i e-posten vår. Kan dere sende den på nytt som PDF?',
        'Vi holder på med årsoppgjøret, og jeg trenger alle fakturaer fra de siste tolv månedene. I adminpanelet ser jeg bare de tre siste. Finnes det en måte å laste ned de eldre på?',
      ],
      reply: 'Selvsagt. Jeg har sendt en kopi av faktura {invoiceNumber} til fakturaadressen på kontoen din. Alle tidligere fakturaer finner du også under Innstillinger → Fakturering → Fakturahistorikk, der du kan laste dem ned som PDF enkeltvis eller som én ZIP-fil for hele året.',
      followUp: 'Fant dem, takk. ZIP-nedlastingen var akkurat det regnskapsføreren ønsket seg.',
    },
  },
  {
    id: 'billing-details-change',
    priority: 'low', type: 'task', group: 'Billing', tags: ['billing', 'account'],
    en: {
      subjects: ['Change billing address and VAT number', 'Please update our company details on invoices'],
      openings: [
        'We moved offices last month, and our invoices still show the old address. Please update the billing address from the next invoice onwards. Our VAT number also needs to be added, as our accounts department rejects invoices without it.',
        'Our company name changed after a merger, so invoices should now be addressed to {company}. Could you update the details and reissue invoice {invoiceNumber} with the new name?',
      ],
      reply: 'I have updated the billing details, and the next invoice will use the new information. I have also reissued invoice {invoiceNumber} with the corrected details and cancelled the old one, so you can simply replace it in your accounts. You can check the details yourself any time under Settings → Billing.',
      followUp: 'Great, the new invoice looks correct. Thanks for the quick help.',
    },
    fi: {
      subjects: ['Laskutusosoitteen ja Y-tunnuksen muutos', 'Päivittäkää yrityksemme tiedot laskuille'],
      openings: [
        'Muutimme viime kuussa uusiin toimitiloihin, mutta laskuissamme näkyy yhä vanha osoite. Päivittäkää laskutusosoite seuraavasta laskusta alkaen. Laskuille pitää myös lisätä Y-tunnuksemme, koska taloushallintomme ei hyväksy laskuja ilman sitä.',
        'Yrityksemme nimi muuttui fuusion jälkeen, joten laskut pitää jatkossa osoittaa yritykselle {company}. Voisitteko päivittää tiedot ja lähettää laskun {invoiceNumber} uudelleen uudella nimellä?',
      ],
      reply: 'Päivitin laskutustiedot, ja seuraavalla laskulla on jo uudet tiedot. Lähetin myös laskun {invoiceNumber} uudelleen korjatuilla tiedoilla ja mitätöin vanhan, joten voit korvata sen suoraan kirjanpidossanne. Tiedot voi tarkistaa milloin tahansa kohdasta Asetukset → Laskutus.',
      followUp: 'Hienoa, uusi lasku näyttää oikealta. Kiitos nopeasta avusta.',
    },
    et: {
      subjects: ['Arveldusaadressi ja KMKR numbri muutmine', 'Palun uuendage meie ettevõtte andmeid arvetel'],
      openings: [
        'Kolisime eelmisel kuul uude kontorisse, kuid meie arvetel on endiselt vana aadress. Palun muutke arveldusaadress alates järgmisest arvest. Arvetele tuleb lisada ka meie KMKR number, sest meie raamatupidamine ei võta ilma selleta arveid vastu.',
        'Meie ettevõtte nimi muutus pärast ühinemist, seega tuleks arved edaspidi esitada ettevõttele {company}. Kas saaksite andmed uuendada ja arve {invoiceNumber} uue nimega uuesti väljastada?',
      ],
      reply: 'Uuendasin arveldusandmed ja järgmisel arvel on juba uued andmed. Väljastasin ka arve {invoiceNumber} parandatud andmetega uuesti ja tühistasin vana, nii et saate selle raamatupidamises lihtsalt välja vahetada. Andmeid saate igal ajal kontrollida jaotises Seaded → Arveldus.',
      followUp: 'Suurepärane, uus arve on korrektne. Aitäh kiire abi eest.',
    },
    nb: {
      subjects: ['Endre fakturaadresse og organisasjonsnummer', 'Oppdater firmaopplysningene våre på fakturaene'],
      openings: [
        'Vi flyttet til nye lokaler forrige måned, men fakturaene viser fortsatt den gamle adressen. Oppdater fakturaadressen fra og med neste faktura. Organisasjonsnummeret vårt må også stå på fakturaene, ellers avviser økonomiavdelingen dem.',
        'Firmanavnet vårt er endret etter en fusjon, så fakturaene skal nå adresseres til {company}. Kan dere oppdatere opplysningene og utstede faktura {invoiceNumber} på nytt med det nye navnet?',
      ],
      reply: 'Jeg har oppdatert faktureringsopplysningene, og neste faktura får de nye opplysningene. Jeg har også utstedt faktura {invoiceNumber} på nytt med riktige opplysninger og kreditert den gamle, så dere kan bare bytte den ut i regnskapet. Du kan når som helst sjekke opplysningene under Innstillinger → Fakturering.',
      followUp: 'Supert, den nye fakturaen ser riktig ut. Takk for rask hjelp.',
    },
  },
  {
    id: 'payment-failed',
    priority: 'high', type: 'problem', group: 'Billing', tags: ['billing', 'payment', 'subscription'],
    en: {
      subjects: ['Payment failed for subscription renewal', 'Card declined but nothing wrong with it'],
      openings: [
        'We got an email saying the payment for our {plan} subscription failed. The card is valid and has plenty of funds. Can you check what went wrong? I don’t want the account to be suspended.',
        'Our renewal payment of {amount} keeps getting declined. I have tried two different cards now. Is there a problem on your side?',
      ],
      reply: 'Thanks for letting us know. The payment was declined because your bank required 3-D Secure confirmation, which our automatic renewal cannot complete. I have sent you a payment link; paying through it lets you confirm the charge in your bank app. Your account stays active in the meantime, so there is no risk of suspension.',
      followUp: 'Paid through the link and it went through straight away. Thanks!',
    },
    fi: {
      subjects: ['Tilauksen uusimisen maksu epäonnistui', 'Kortti hylättiin, vaikka siinä ei ole vikaa'],
      openings: [
        'Saimme sähköpostin, jonka mukaan {plan}-tilauksemme maksu epäonnistui. Kortti on voimassa, ja tilillä on riittävästi katetta. Voisitteko tarkistaa, mikä meni vikaan? En halua, että tilimme suljetaan.',
        'Uusimismaksumme ({amount}) hylätään jatkuvasti. Olen kokeillut jo kahta eri korttia. Onko vika teidän päässänne?',
      ],
      reply: 'Kiitos, että ilmoitit. Maksu hylättiin, koska pankkisi vaati 3D Secure -vahvistuksen, jota automaattinen uusiminen ei pysty tekemään. Lähetin sinulle maksulinkin, jonka kautta voit vahvistaa veloituksen pankkisovelluksessasi. Tilisi pysyy sillä välin aktiivisena, joten sulkemisesta ei tarvitse huolehtia.',
      followUp: 'Maksoin linkin kautta, ja maksu meni heti läpi. Kiitos!',
    },
    et: {
      subjects: ['Tellimuse pikendamise makse ebaõnnestus', 'Kaart lükati tagasi, kuigi sellega on kõik korras'],
      openings: [
        'Saime e-kirja, et meie {plan} paketi makse ebaõnnestus. Kaart kehtib ja kontol on piisavalt raha. Kas saaksite kontrollida, mis valesti läks? Ma ei taha, et meie konto suletaks.',
        'Meie pikendusmakse summas {amount} lükatakse pidevalt tagasi. Olen proovinud juba kahte erinevat kaarti. Kas probleem on teie pool?',
      ],
      reply: 'Aitäh, et andsite teada. Makse lükati tagasi, sest teie pank nõudis 3D Secure kinnitust, mida automaatne pikendamine teha ei saa. Saatsin teile makselingi, mille kaudu saate makse oma pangarakenduses kinnitada. Teie konto jääb seniks aktiivseks, nii et sulgemise pärast ei pea muretsema.',
      followUp: 'Maksin lingi kaudu ja makse läks kohe läbi. Aitäh!',
    },
    nb: {
      subjects: ['Betaling for fornyelse av abonnement feilet', 'Kortet ble avvist, men det er ingenting galt med det'],
      openings: [
        'Vi fikk en e-post om at betalingen for {plan}-abonnementet vårt feilet. Kortet er gyldig, og det er god dekning på kontoen. Kan dere sjekke hva som gikk galt? Jeg vil ikke at kontoen skal bli stengt.',
        'Fornyelsen vår på {amount} blir avvist hele tiden. Jeg har prøvd to forskjellige kort nå. Er det et problem hos dere?',
      ],
      reply: 'Takk for at du sier fra. Betalingen ble avvist fordi banken din krevde 3D Secure-bekreftelse, som den automatiske fornyelsen ikke kan gjennomføre. Jeg har sendt deg en betalingslenke der du kan bekrefte trekket i bankappen. Kontoen din er aktiv så lenge, så du trenger ikke bekymre deg for stenging.',
      followUp: 'Betalte via lenken, og det gikk gjennom med en gang. Takk!',
    },
  },
  {
    id: 'paid-but-reminder',
    priority: 'normal', type: 'question', group: 'Billing', tags: ['billing', 'invoice', 'payment-reminder'],
    en: {
      subjects: ['Payment reminder for an invoice we already paid', 'Reminder received although invoice {invoiceNumber} is paid'],
      openings: [
        'We received a payment reminder for invoice {invoiceNumber}, but we paid it on {date}. I have attached the payment confirmation from our bank. Please check your records and cancel the reminder fee.',
        'Why did we get a reminder for invoice {invoiceNumber}? The amount of {amount} left our account on {date}. We always pay on time, so this is a bit frustrating.',
      ],
      reply: 'Thank you for the details, and sorry for the trouble. The payment had been made without the reference number, so our system could not match it to invoice {invoiceNumber}. I have now allocated it manually, marked the invoice as paid and removed the reminder fee. No further action is needed on your side.',
      followUp: 'Good to hear. We will make sure to include the reference number next time.',
    },
    fi: {
      subjects: ['Maksumuistutus jo maksetusta laskusta', 'Muistutus, vaikka lasku {invoiceNumber} on maksettu'],
      openings: [
        'Saimme maksumuistutuksen laskusta {invoiceNumber}, mutta maksoimme sen {date}. Liitteenä on pankin maksutosite. Tarkistakaa tietonne ja poistakaa muistutusmaksu.',
        'Miksi saimme muistutuksen laskusta {invoiceNumber}? Summa {amount} lähti tililtämme {date}. Maksamme laskumme aina ajallaan, joten tämä harmittaa.',
      ],
      reply: 'Kiitos tiedoista ja pahoittelut vaivasta. Maksu oli tehty ilman viitenumeroa, joten järjestelmämme ei osannut kohdistaa sitä laskulle {invoiceNumber}. Kohdistin maksun nyt käsin, merkitsin laskun maksetuksi ja poistin muistutusmaksun. Sinun ei tarvitse tehdä asialle enää mitään.',
      followUp: 'Hyvä kuulla. Muistamme jatkossa käyttää viitenumeroa.',
    },
    et: {
      subjects: ['Maksemise meeldetuletus juba makstud arve kohta', 'Meeldetuletus, kuigi arve {invoiceNumber} on tasutud'],
      openings: [
        'Saime arve {invoiceNumber} kohta maksemise meeldetuletuse, kuigi tasusime selle {date}. Lisasin panga maksekinnituse. Palun kontrollige oma andmeid ja tühistage meeldetuletustasu.',
        'Miks me saime arve {invoiceNumber} kohta meeldetuletuse? Summa {amount} läks meie kontolt maha {date}. Maksame alati õigel ajal, nii et see on üsna tüütu.',
      ],
      reply: 'Aitäh andmete eest ja vabandame tekkinud ebamugavuse pärast. Makse oli tehtud ilma viitenumbrita, mistõttu meie süsteem ei osanud seda arvega {invoiceNumber} siduda. Sidusin makse nüüd käsitsi, märkisin arve tasutuks ja eemaldasin meeldetuletustasu. Teie poolt pole rohkem midagi vaja teha.',
      followUp: 'Hea kuulda. Järgmine kord lisame kindlasti viitenumbri.',
    },
    nb: {
      subjects: ['Purring på en faktura vi allerede har betalt', 'Purring selv om faktura {invoiceNumber} er betalt'],
      openings: [
        'Vi har fått purring på faktura {invoiceNumber}, men vi betalte den {date}. Jeg har lagt ved betalingsbekreftelsen fra banken. Sjekk det hos dere og fjern purregebyret.',
        'Hvorfor fikk vi purring på faktura {invoiceNumber}? Beløpet på {amount} gikk fra kontoen vår {date}. Vi betaler alltid i tide, så dette er litt irriterende.',
      ],
      reply: 'Takk for opplysningene, og beklager bryet. Betalingen var gjort uten KID-nummer, så systemet vårt klarte ikke å koble den til faktura {invoiceNumber}. Jeg har nå ført den manuelt, markert fakturaen som betalt og fjernet purregebyret. Dere trenger ikke gjøre noe mer.',
      followUp: 'Godt å høre. Vi skal huske KID-nummeret neste gang.',
    },
  },
  {
    id: 'e-invoice',
    priority: 'low', type: 'task', group: 'Billing', tags: ['billing', 'e-invoice'],
    en: {
      subjects: ['Can we receive invoices as e-invoices?', 'Switch to electronic invoicing'],
      openings: [
        'Our finance team is moving all suppliers to electronic invoicing. Can you send your invoices as e-invoices instead of PDFs by email? I can send you our e-invoice address and operator details.',
        'From next month we can only accept invoices in electronic format. What information do you need from us to set this up?',
      ],
      reply: 'Yes, we can send e-invoices. Please reply with your e-invoice address and the operator, and I will switch your account over. The first e-invoice will be your next regular invoice; until then you will still receive PDFs by email.',
      followUp: 'Thanks! Our finance team has sent the e-invoice address and operator details in a separate email.',
    },
    fi: {
      subjects: ['Voimmeko saada laskut verkkolaskuina?', 'Siirtyminen verkkolaskutukseen'],
      openings: [
        'Taloushallintomme siirtää kaikki toimittajat verkkolaskutukseen. Voisitteko lähettää laskunne verkkolaskuina sähköpostiin tulevien PDF-laskujen sijaan? Voin lähettää teille verkkolaskuosoitteemme ja välittäjätunnuksemme.',
        'Ensi kuusta alkaen voimme vastaanottaa vain verkkolaskuja. Mitä tietoja tarvitsette meiltä, jotta tämä saadaan käyttöön?',
      ],
      reply: 'Kyllä, lähetämme mielellämme verkkolaskuja. Vastaa tähän viestiin verkkolaskuosoitteellanne ja välittäjätunnuksella, niin vaihdan tilinne verkkolaskutukseen. Ensimmäinen verkkolasku on seuraava normaali laskunne, ja siihen asti laskut tulevat vielä PDF-muodossa sähköpostiin.',
      followUp: 'Kiitos! Taloushallintomme lähetti verkkolaskuosoitteen ja välittäjätunnuksen erillisessä viestissä.',
    },
    et: {
      subjects: ['Kas saame arveid e-arvetena?', 'Üleminek e-arvetele'],
      openings: [
        'Meie finantsosakond viib kõik tarnijad üle e-arvetele. Kas saaksite saata oma arved e-arvetena, mitte PDF-failidena e-postiga? Saan teile saata meie e-arve aadressi ja operaatori andmed.',
        'Alates järgmisest kuust saame vastu võtta ainult e-arveid. Milliseid andmeid te meilt selle seadistamiseks vajate?',
      ],
      reply: 'Jah, saame e-arveid saata. Palun vastake sellele kirjale oma e-arve aadressi ja operaatori andmetega, siis lülitan teie konto ümber. Esimene e-arve on teie järgmine tavaline arve, seni saate arveid veel PDF-failidena e-postiga.',
      followUp: 'Aitäh! Meie finantsosakond saatis e-arve aadressi ja operaatori andmed eraldi kirjaga.',
    },
    nb: {
      subjects: ['Kan vi få fakturaene som EHF?', 'Overgang til elektronisk faktura'],
      openings: [
        'Økonomiavdelingen vår flytter alle leverandører over til EHF. Kan dere sende fakturaene som EHF i stedet for PDF på e-post? Organisasjonsnummeret vårt er registrert i ELMA.',
        'Fra neste måned kan vi bare ta imot elektroniske fakturaer. Hvilke opplysninger trenger dere fra oss for å sette det opp?',
      ],
      reply: 'Ja, vi kan sende EHF-fakturaer. Svar gjerne med organisasjonsnummeret deres, så sjekker jeg registreringen i ELMA og legger om kontoen. Den første EHF-fakturaen blir neste ordinære faktura; fram til da får dere fortsatt PDF på e-post.',
      followUp: 'Takk! Økonomiavdelingen vår har sendt organisasjonsnummeret i en egen e-post.',
    },
  },
  {
    id: 'refund-request',
    priority: 'normal', type: 'question', group: 'Billing', tags: ['refund', 'order'],
    en: {
      subjects: ['Refund for order {orderNumber}', 'I would like my money back', 'Requesting a refund'],
      openings: [
        'I would like a refund for order {orderNumber}. The {product} did not meet my expectations, and I have not used it. What do I need to do?',
        'I bought the {product} on {date}, but it turned out I don’t need it after all. Is it still possible to get a refund of {amount}?',
      ],
      reply: 'Thanks for getting in touch. Your order is still within the 30-day return period, so you are entitled to a full refund. I have emailed you a prepaid return label; once the parcel reaches our warehouse, we will refund {amount} to the original payment method within five working days.',
      followUp: 'Thank you, I dropped the parcel off at the pick-up point today.',
    },
    fi: {
      subjects: ['Hyvitys tilauksesta {orderNumber}', 'Haluaisin rahani takaisin', 'Hyvityspyyntö'],
      openings: [
        'Haluaisin hyvityksen tilauksesta {orderNumber}. Tuote {product} ei vastannut odotuksiani, enkä ole ottanut sitä käyttöön. Mitä minun pitää tehdä?',
        'Ostin tuotteen {product} {date}, mutta huomasin, etten tarvitsekaan sitä. Onko vielä mahdollista saada rahat ({amount}) takaisin?',
      ],
      reply: 'Kiitos yhteydenotosta. Tilauksesi on vielä 30 päivän palautusajan sisällä, joten saat täyden hyvityksen. Lähetin sinulle sähköpostiin maksetun palautuslapun. Kun paketti on saapunut varastollemme, hyvitämme {amount} alkuperäiselle maksutavalle viiden arkipäivän kuluessa.',
      followUp: 'Kiitos, vein paketin tänään noutopisteeseen.',
    },
    et: {
      subjects: ['Raha tagastamine tellimuse {orderNumber} eest', 'Soovin oma raha tagasi', 'Tagasimakse taotlus'],
      openings: [
        'Soovin tellimuse {orderNumber} eest raha tagasi. Toode {product} ei vastanud minu ootustele ja ma pole seda kasutanud. Mida ma pean tegema?',
        'Ostsin {date} toote {product}, aga selgus, et mul pole seda siiski vaja. Kas on veel võimalik summa {amount} tagasi saada?',
      ],
      reply: 'Aitäh, et meiega ühendust võtsite. Teie tellimus on veel 30-päevase tagastusaja sees, seega on teil õigus kogu summa tagasi saada. Saatsin teile e-postiga tasutud tagastussildi. Kui pakk jõuab meie lattu, kanname {amount} viie tööpäeva jooksul tagasi algsele makseviisile.',
      followUp: 'Aitäh, viisin paki täna pakiautomaati.',
    },
    nb: {
      subjects: ['Refusjon for ordre {orderNumber}', 'Jeg vil gjerne ha pengene tilbake', 'Ønsker refusjon'],
      openings: [
        'Jeg vil gjerne ha refusjon for ordre {orderNumber}. {product} levde ikke opp til forventningene, og jeg har ikke brukt produktet. Hva må jeg gjøre?',
        'Jeg kjøpte {product} {date}, men det viste seg at jeg ikke trenger det likevel. Er det fortsatt mulig å få tilbake {amount}?',
      ],
      reply: 'Takk for at du tok kontakt. Bestillingen din er fortsatt innenfor returfristen på 30 dager, så du har krav på full refusjon. Jeg har sendt deg en forhåndsbetalt returlapp på e-post. Når pakken er kommet fram til lageret vårt, refunderer vi {amount} til den opprinnelige betalingsmåten innen fem virkedager.',
      followUp: 'Takk, jeg leverte pakken på hentestedet i dag.',
    },
  },
  {
    id: 'refund-not-received',
    priority: 'high', type: 'problem', group: 'Billing', tags: ['refund', 'payment'],
    en: {
      subjects: ['Still waiting for my refund', 'Refund not received for order {orderNumber}'],
      openings: [
        'I returned order {orderNumber} three weeks ago and received a confirmation that the refund had been approved. The money has still not arrived in my account. When can I expect it?',
        'You promised to refund {amount} by {date}, but nothing has appeared on my card. Could you check what is happening? This is the second time I have asked.',
      ],
      reply: 'I am sorry for the wait. I checked the refund for order {orderNumber}: it was processed on our side, but the bank returned it because the card used for the purchase has since expired. We can pay the refund by bank transfer if you send us your account number (IBAN), and the money will be with you within two working days.',
      followUp: 'Thanks for looking into it. You are right, I got a new card last month. I sent my IBAN as you asked, and the money arrived today.',
    },
    fi: {
      subjects: ['Odotan yhä hyvitystä', 'Hyvitys tilauksesta {orderNumber} ei ole tullut'],
      openings: [
        'Palautin tilauksen {orderNumber} kolme viikkoa sitten ja sain vahvistuksen, että hyvitys on hyväksytty. Rahoja ei ole vieläkään näkynyt tililläni. Milloin voin odottaa niitä?',
        'Lupasitte, että {amount} hyvitetään {date} mennessä, mutta kortilleni ei ole tullut mitään. Voisitteko selvittää, mitä on tapahtunut? Kysyn tätä jo toista kertaa.',
      ],
      reply: 'Pahoittelen odottelua. Tarkistin tilauksen {orderNumber} hyvityksen: se käsiteltiin meillä, mutta pankki palautti sen, koska ostossa käytetty kortti on sittemmin vanhentunut. Voimme maksaa hyvityksen tilisiirtona, kun lähetät meille tilinumerosi (IBAN). Rahat ovat tililläsi kahden arkipäivän kuluessa.',
      followUp: 'Kiitos selvittelystä. Aivan, sain uuden kortin viime kuussa. Lähetin tilinumeroni, ja rahat tulivat tänään.',
    },
    et: {
      subjects: ['Ootan endiselt tagasimakset', 'Tellimuse {orderNumber} raha pole tagasi tulnud'],
      openings: [
        'Tagastasin tellimuse {orderNumber} kolm nädalat tagasi ja sain kinnituse, et tagasimakse on heaks kiidetud. Raha pole siiani minu kontole jõudnud. Millal ma seda oodata võin?',
        'Lubasite summa {amount} tagastada hiljemalt {date}, aga minu kaardile pole midagi laekunud. Kas saaksite uurida, mis toimub? Küsin seda juba teist korda.',
      ],
      reply: 'Vabandan ootamise pärast. Kontrollisin tellimuse {orderNumber} tagasimakset: meie poolt tehti see ära, kuid pank saatis selle tagasi, sest ostul kasutatud kaardi kehtivus on vahepeal lõppenud. Saame raha maksta pangaülekandega, kui saadate meile oma kontonumbri (IBAN). Raha jõuab teie kontole kahe tööpäeva jooksul.',
      followUp: 'Aitäh, et uurisite. Tõesti, sain eelmisel kuul uue kaardi. Saatsin oma kontonumbri ja raha laekus täna.',
    },
    nb: {
      subjects: ['Venter fortsatt på refusjonen', 'Har ikke fått refusjon for ordre {orderNumber}'],
      openings: [
        'Jeg returnerte ordre {orderNumber} for tre uker siden og fikk bekreftelse på at refusjonen var godkjent. Pengene har fortsatt ikke kommet inn på kontoen min. Når kan jeg regne med dem?',
        'Dere lovet å refundere {amount} innen {date}, men det har ikke kommet noe inn på kortet mitt. Kan dere sjekke hva som skjer? Dette er andre gang jeg spør.',
      ],
      reply: 'Beklager ventetiden. Jeg har sjekket refusjonen for ordre {orderNumber}: den ble behandlet hos oss, men banken sendte den i retur fordi kortet som ble brukt ved kjøpet, har gått ut på dato. Vi kan betale refusjonen med bankoverføring hvis du sender oss kontonummeret ditt. Da er pengene på kontoen din innen to virkedager.',
      followUp: 'Takk for at du sjekket. Det stemmer, jeg fikk nytt kort forrige måned. Jeg sendte kontonummeret, og pengene kom i dag.',
    },
  },
];
