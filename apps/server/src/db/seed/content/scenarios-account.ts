import type { Scenario } from './conversations.ts';

/** Support scenarios about logins, account settings and personal data. */
export const ACCOUNT_SCENARIOS: readonly Scenario[] = [
  {
    id: 'password-reset',
    priority: 'normal', type: 'problem', group: 'Tier 1', tags: ['login', 'password'],
    en: {
      subjects: ['Password reset email not arriving', 'Cannot log in', 'Forgot my password'],
      openings: [
        'I forgot my password and clicked "Forgot password?" several times, but the reset email never arrives. I have checked the spam folder too. Can you help me get back into my account?',
        'I cannot log in to my account. It keeps saying the password is wrong, even though I am sure it is correct. I changed it on {date}, if that matters.',
      ],
      reply: 'Sorry for the trouble. I have looked into your account and sent you a password reset link by email; it is valid for one hour. If it does not show up within a few minutes, make sure you are looking in the inbox of the address you registered with, as the link is always sent there. Once you are logged in, you can change your password and email address under Profile.',
      followUp: 'The link worked and I am back in. Thanks!',
    },
    fi: {
      subjects: ['Salasanan palautusviesti ei tule perille', 'En pääse kirjautumaan', 'Unohdin salasanani'],
      openings: [
        'Unohdin salasanani ja painoin "Unohtuiko salasana?" -linkkiä useita kertoja, mutta palautusviestiä ei kuulu. Tarkistin myös roskapostikansion. Voitteko auttaa minua pääsemään takaisin tililleni?',
        'En pääse kirjautumaan tililleni. Järjestelmä väittää salasanan olevan väärä, vaikka olen varma, että se on oikein. Vaihdoin salasanan {date}, jos sillä on merkitystä.',
      ],
      reply: 'Pahoittelen hankaluutta. Tarkistin tilisi ja lähetin sähköpostiisi linkin salasanan vaihtamiseen. Linkki on voimassa tunnin. Jos viesti ei näy muutamassa minuutissa, varmista, että katsot sen osoitteen saapuneita viestejä, jolla rekisteröidyit, sillä linkki lähetetään aina sinne. Kirjauduttuasi voit vaihtaa salasanasi ja sähköpostiosoitteesi kohdassa Profiili.',
      followUp: 'Linkki toimi ja pääsin taas sisään. Kiitos!',
    },
    et: {
      subjects: ['Parooli lähtestamise kiri ei jõua kohale', 'Ei saa sisse logida', 'Unustasin parooli'],
      openings: [
        'Unustasin oma parooli ja vajutasin mitu korda „Unustasid parooli?“, kuid lähtestamise kirja ei tule. Kontrollisin ka rämpsposti kausta. Kas saate aidata mul oma kontole tagasi pääseda?',
        'Ma ei saa oma kontole sisse logida. Süsteem ütleb, et parool on vale, kuigi olen kindel, et see on õige. Muutsin parooli {date}, kui sellest on abi.',
      ],
      reply: 'Vabandan ebamugavuse pärast. Kontrollisin teie kontot ja saatsin teie e-postile parooli lähtestamise lingi, mis kehtib ühe tunni. Kui kiri mõne minuti jooksul ei saabu, veenduge, et vaatate selle aadressi postkasti, millega registreerusite, sest link saadetakse alati sinna. Pärast sisselogimist saate parooli ja e-posti aadressi muuta jaotises Profiil.',
      followUp: 'Link töötas ja pääsesin jälle sisse. Aitäh!',
    },
    nb: {
      subjects: ['E-posten for å tilbakestille passordet kommer ikke', 'Får ikke logget inn', 'Har glemt passordet'],
      openings: [
        'Jeg har glemt passordet og trykket på «Glemt passord?» flere ganger, men e-posten for tilbakestilling kommer aldri. Jeg har sjekket søppelposten også. Kan dere hjelpe meg tilbake inn på kontoen?',
        'Jeg får ikke logget inn på kontoen min. Den sier at passordet er feil, selv om jeg er sikker på at det er riktig. Jeg byttet passord {date}, hvis det har noe å si.',
      ],
      reply: 'Beklager bryet. Jeg har sjekket kontoen din og sendt deg en lenke for å tilbakestille passordet på e-post. Lenken er gyldig i én time. Hvis den ikke dukker opp i løpet av noen minutter, sjekk at du ser i innboksen til adressen du registrerte deg med, for lenken sendes alltid dit. Når du er logget inn, kan du endre passord og e-postadresse under Profil.',
      followUp: 'Lenken virket, og jeg er inne igjen. Takk!',
    },
  },
  {
    id: 'account-locked',
    priority: 'high', type: 'problem', group: 'Tier 2', tags: ['login', 'account-locked', 'security'],
    en: {
      subjects: ['Account locked after failed logins', 'Locked out of my account'],
      openings: [
        'My account has been locked because of too many failed login attempts. I was not the one trying to log in, so I am worried someone is trying to get into my account. Can you unlock it and tell me where the attempts came from?',
        'I am locked out after typing the wrong password a few times. The message says to wait 30 minutes, but it has been several hours. I need access for a client meeting this afternoon.',
      ],
      reply: 'I have unlocked your account, so you can log in again now. I checked the login history: the failed attempts came from the same location as your usual logins, and nothing else was changed on your account. To be safe, I still recommend choosing a new password and turning on two-step verification under Profile → Security.',
      followUp: 'Thank you, I am in again and have turned on two-step verification.',
    },
    fi: {
      subjects: ['Tili lukittu epäonnistuneiden kirjautumisten jälkeen', 'Tilini on lukittu'],
      openings: [
        'Tilini on lukittu liian monen epäonnistuneen kirjautumisyrityksen vuoksi. En itse yrittänyt kirjautua, joten pelkään, että joku yrittää päästä tililleni. Voitteko avata lukituksen ja kertoa, mistä yritykset tulivat?',
        'Tilini lukittui, kun kirjoitin salasanan väärin muutaman kerran. Ilmoituksen mukaan pitäisi odottaa 30 minuuttia, mutta nyt on kulunut jo useampi tunti. Tarvitsen tunnuksia tämän iltapäivän asiakastapaamiseen.',
      ],
      reply: 'Avasin tilisi lukituksen, joten voit nyt kirjautua uudelleen. Tarkistin kirjautumishistorian: epäonnistuneet yritykset tulivat samasta sijainnista kuin tavalliset kirjautumisesi, eikä tililläsi ole muutettu mitään muuta. Varmuuden vuoksi suosittelen silti vaihtamaan salasanan ja ottamaan kaksivaiheisen tunnistautumisen käyttöön kohdassa Profiili → Tietoturva.',
      followUp: 'Kiitos, pääsin taas sisään ja otin kaksivaiheisen tunnistautumisen käyttöön.',
    },
    et: {
      subjects: ['Konto lukustati ebaõnnestunud sisselogimiste järel', 'Mu konto on lukus'],
      openings: [
        'Minu konto lukustati liiga paljude ebaõnnestunud sisselogimiskatsete tõttu. Mina ise sisse logida ei proovinud, seega kardan, et keegi üritab mu kontole pääseda. Kas saate konto avada ja öelda, kust katsed tulid?',
        'Mu konto läks lukku, kui sisestasin paar korda vale parooli. Teate järgi pidin ootama 30 minutit, aga nüüdseks on möödunud mitu tundi. Mul on ligipääsu vaja tänase pärastlõuna kliendikohtumiseks.',
      ],
      reply: 'Avasin teie konto, nii et saate nüüd uuesti sisse logida. Kontrollisin sisselogimiste ajalugu: ebaõnnestunud katsed tulid samast asukohast kui teie tavapärased sisselogimised ja kontol pole midagi muud muudetud. Igaks juhuks soovitan siiski parooli vahetada ja lülitada sisse kaheastmeline kinnitamine jaotises Profiil → Turvalisus.',
      followUp: 'Aitäh, pääsesin uuesti sisse ja lülitasin kaheastmelise kinnitamise sisse.',
    },
    nb: {
      subjects: ['Kontoen er låst etter mislykkede innlogginger', 'Utestengt fra kontoen min'],
      openings: [
        'Kontoen min er låst på grunn av for mange mislykkede innloggingsforsøk. Det var ikke jeg som prøvde å logge inn, så jeg er redd noen prøver å komme seg inn på kontoen min. Kan dere låse den opp og si hvor forsøkene kom fra?',
        'Jeg ble utestengt etter å ha skrevet feil passord noen ganger. Meldingen sier at jeg skal vente 30 minutter, men det har gått flere timer. Jeg trenger tilgang til et kundemøte i ettermiddag.',
      ],
      reply: 'Jeg har låst opp kontoen din, så du kan logge inn igjen nå. Jeg har sjekket innloggingshistorikken: de mislykkede forsøkene kom fra samme sted som de vanlige innloggingene dine, og ingenting annet er endret på kontoen. For sikkerhets skyld anbefaler jeg likevel å bytte passord og slå på totrinnsbekreftelse under Profil → Sikkerhet.',
      followUp: 'Takk, jeg er inne igjen og har slått på totrinnsbekreftelse.',
    },
  },
  {
    id: 'two-factor-lost',
    priority: 'high', type: 'problem', group: 'Tier 2', tags: ['login', 'two-factor', 'security'],
    en: {
      subjects: ['Lost my phone with the authenticator app', 'Cannot get past two-step verification'],
      openings: [
        'My phone was stolen over the weekend, and the authenticator app for two-step verification was on it. I don’t have the backup codes either. How can I get back into my account?',
        'I got a new phone and did not move the authenticator app over before resetting the old one. Now I cannot log in, because it asks for a code I cannot generate.',
      ],
      reply: 'We can help with that, but for security reasons we first need to confirm your identity. Please reply from the email address registered on the account and tell us the date of your last invoice or the last four digits of the card on file. Once that is confirmed, I will reset two-step verification, and you can set it up again on your new phone.',
      followUp: 'Thank you, the reset worked, and I have set up two-step verification on my new phone.',
    },
    fi: {
      subjects: ['Kadotin puhelimen, jossa oli todennussovellus', 'En pääse kaksivaiheisesta tunnistautumisesta läpi'],
      openings: [
        'Puhelimeni varastettiin viikonloppuna, ja siinä oli kaksivaiheisen tunnistautumisen todennussovellus. Minulla ei ole myöskään varakoodeja. Miten pääsen takaisin tililleni?',
        'Hankin uuden puhelimen enkä siirtänyt todennussovellusta ennen kuin palautin vanhan tehdasasetuksiin. Nyt en pääse kirjautumaan, koska järjestelmä kysyy koodia, jota en pysty luomaan.',
      ],
      reply: 'Autamme mielellämme, mutta tietoturvasyistä meidän täytyy ensin varmistaa henkilöllisyytesi. Vastaa tähän viestiin tilille rekisteröidystä sähköpostiosoitteesta ja kerro viimeisimmän laskusi päivämäärä tai tallennetun kortin neljä viimeistä numeroa. Kun tiedot on tarkistettu, nollaan kaksivaiheisen tunnistautumisen, ja voit ottaa sen uudelleen käyttöön uudessa puhelimessasi.',
      followUp: 'Kiitos, nollaus onnistui, ja otin kaksivaiheisen tunnistautumisen käyttöön uudessa puhelimessa.',
    },
    et: {
      subjects: ['Kaotasin telefoni, milles oli autentimisrakendus', 'Ei pääse kaheastmelisest kinnitamisest mööda'],
      openings: [
        'Mu telefon varastati nädalavahetusel ja selles oli kaheastmelise kinnitamise autentimisrakendus. Varukoode mul ka pole. Kuidas ma oma kontole tagasi pääsen?',
        'Sain uue telefoni ega viinud autentimisrakendust üle enne, kui vana tehaseseadetele lähtestasin. Nüüd ei saa ma sisse logida, sest süsteem küsib koodi, mida ma genereerida ei saa.',
      ],
      reply: 'Saame aidata, kuid turvalisuse huvides peame esmalt teie isiku tuvastama. Palun vastake kontole registreeritud e-posti aadressilt ja öelge oma viimase arve kuupäev või salvestatud kaardi neli viimast numbrit. Kui andmed on kinnitatud, lähtestan kaheastmelise kinnitamise ja saate selle uues telefonis uuesti seadistada.',
      followUp: 'Aitäh, lähtestamine õnnestus ja seadistasin kaheastmelise kinnitamise uues telefonis.',
    },
    nb: {
      subjects: ['Mistet telefonen med autentiseringsappen', 'Kommer ikke forbi totrinnsbekreftelsen'],
      openings: [
        'Telefonen min ble stjålet i helgen, og autentiseringsappen for totrinnsbekreftelse lå på den. Jeg har ikke reservekodene heller. Hvordan kommer jeg meg inn på kontoen igjen?',
        'Jeg fikk ny telefon og flyttet ikke over autentiseringsappen før jeg tilbakestilte den gamle. Nå får jeg ikke logget inn, fordi den ber om en kode jeg ikke kan lage.',
      ],
      reply: 'Det kan vi hjelpe med, men av sikkerhetshensyn må vi først bekrefte identiteten din. Svar fra e-postadressen som er registrert på kontoen, og oppgi datoen på den siste fakturaen eller de fire siste sifrene på det lagrede kortet. Når det er bekreftet, tilbakestiller jeg totrinnsbekreftelsen, og du kan sette den opp på nytt på den nye telefonen.',
      followUp: 'Takk, tilbakestillingen fungerte, og jeg har satt opp totrinnsbekreftelse på den nye telefonen.',
    },
  },
  {
    id: 'change-email',
    priority: 'low', type: 'task', group: 'Tier 1', tags: ['account', 'profile'],
    en: {
      subjects: ['Change the email address on my account', 'Update my login email'],
      openings: [
        'I am changing jobs and will lose access to my work email soon. How can I change the email address I use to log in? I would like to keep my order history.',
        'Please change my account email to my new address. The old one will stop working at the end of the month.',
      ],
      reply: 'You can change it yourself under Profile → Email address. We will send a confirmation link to the new address, and the change takes effect once you click it. Your order history and settings stay exactly as they are. If the old address has already stopped working, let me know and I can make the change for you after a quick identity check.',
      followUp: 'Done, the confirmation link worked. Thanks!',
    },
    fi: {
      subjects: ['Tilini sähköpostiosoitteen vaihtaminen', 'Kirjautumissähköpostin päivitys'],
      openings: [
        'Vaihdan työpaikkaa, ja työsähköpostini lakkaa pian toimimasta. Miten voin vaihtaa sähköpostiosoitteen, jolla kirjaudun? Haluaisin säilyttää tilaushistoriani.',
        'Vaihtakaa tilini sähköpostiosoite uuteen osoitteeseeni. Vanha lakkaa toimimasta kuun lopussa.',
      ],
      reply: 'Voit vaihtaa osoitteen itse kohdassa Profiili → Sähköpostiosoite. Lähetämme uuteen osoitteeseen vahvistuslinkin, ja muutos tulee voimaan, kun klikkaat sitä. Tilaushistoriasi ja asetuksesi säilyvät ennallaan. Jos vanha osoite on jo lakannut toimimasta, kerro minulle, niin teen muutoksen puolestasi lyhyen henkilöllisyyden tarkistuksen jälkeen.',
      followUp: 'Tehty, vahvistuslinkki toimi. Kiitos!',
    },
    et: {
      subjects: ['Konto e-posti aadressi muutmine', 'Sisselogimise e-posti uuendamine'],
      openings: [
        'Vahetan töökohta ja kaotan varsti ligipääsu oma töö e-postile. Kuidas saan muuta e-posti aadressi, millega sisse login? Tahaksin oma tellimuste ajaloo alles hoida.',
        'Palun muutke minu konto e-posti aadress uue vastu. Vana lakkab kuu lõpus töötamast.',
      ],
      reply: 'Saate aadressi ise muuta jaotises Profiil → E-posti aadress. Saadame uuele aadressile kinnituslingi ja muudatus jõustub, kui sellel klõpsate. Teie tellimuste ajalugu ja seaded jäävad samaks. Kui vana aadress on juba töötamast lakanud, andke mulle teada, siis teen muudatuse teie eest pärast lühikest isikutuvastust.',
      followUp: 'Tehtud, kinnituslink töötas. Aitäh!',
    },
    nb: {
      subjects: ['Endre e-postadressen på kontoen', 'Oppdatere e-post for innlogging'],
      openings: [
        'Jeg bytter jobb og mister snart tilgangen til jobb-e-posten. Hvordan kan jeg endre e-postadressen jeg logger inn med? Jeg vil gjerne beholde ordrehistorikken.',
        'Kan dere endre e-postadressen på kontoen min til den nye adressen min? Den gamle slutter å virke i slutten av måneden.',
      ],
      reply: 'Du kan endre den selv under Profil → E-postadresse. Vi sender en bekreftelseslenke til den nye adressen, og endringen trer i kraft når du klikker på den. Ordrehistorikken og innstillingene dine blir som før. Hvis den gamle adressen allerede har sluttet å virke, sier du fra, så gjør jeg endringen for deg etter en kort identitetssjekk.',
      followUp: 'Ferdig, bekreftelseslenken virket. Takk!',
    },
  },
  {
    id: 'add-users',
    priority: 'normal', type: 'question', group: 'Tier 1', tags: ['account', 'users', 'seats'],
    en: {
      subjects: ['How do I add colleagues to our account?', 'Adding more users'],
      openings: [
        'We have two new people starting on our team next week. How do I give them their own logins? I would rather not share my password.',
        'Our {plan} plan seems to be limited to five users. Can we add more users without moving to a bigger plan, and what would it cost?',
      ],
      reply: 'Admins can invite colleagues under Settings → Users → Invite. Each person gets their own login, and you choose what they can see and do. Your {plan} plan includes five users; extra users can be added for {amount} per user per month, and the change shows on your next invoice.',
      followUp: 'Thanks, I have sent the invitations now.',
    },
    fi: {
      subjects: ['Miten lisään työkavereita tilillemme?', 'Lisää käyttäjiä'],
      openings: [
        'Tiimissämme aloittaa ensi viikolla kaksi uutta ihmistä. Miten saan heille omat tunnukset? En haluaisi jakaa omaa salasanaani.',
        '{plan}-pakettimme näyttää olevan rajattu viiteen käyttäjään. Voimmeko lisätä käyttäjiä siirtymättä isompaan pakettiin, ja mitä se maksaisi?',
      ],
      reply: 'Pääkäyttäjät voivat kutsua työkavereita kohdassa Asetukset → Käyttäjät → Kutsu. Jokainen saa omat tunnukset, ja voit valita, mitä kukin näkee ja voi tehdä. {plan}-pakettiin sisältyy viisi käyttäjää; lisäkäyttäjä maksaa {amount} kuukaudessa, ja muutos näkyy seuraavassa laskussasi.',
      followUp: 'Kiitos, lähetin kutsut nyt.',
    },
    et: {
      subjects: ['Kuidas kolleege meie kontole lisada?', 'Kasutajate lisamine'],
      openings: [
        'Meie meeskonnaga liitub järgmisel nädalal kaks uut inimest. Kuidas neile eraldi kasutajad teha? Ma ei tahaks oma parooli jagada.',
        'Meie {plan} pakett näib olevat piiratud viie kasutajaga. Kas saame kasutajaid juurde lisada ilma suuremale paketile üle minemata ja mis see maksaks?',
      ],
      reply: 'Administraatorid saavad kolleege kutsuda jaotises Seaded → Kasutajad → Kutsu. Igaüks saab oma kasutajakonto ja teie valite, mida keegi näeb ja teha saab. Teie {plan} paketis on viis kasutajat; lisakasutaja maksab {amount} kuus ja muudatus kajastub teie järgmisel arvel.',
      followUp: 'Aitäh, saatsin kutsed nüüd ära.',
    },
    nb: {
      subjects: ['Hvordan legger jeg til kolleger på kontoen?', 'Flere brukere'],
      openings: [
        'Vi får to nye personer på teamet neste uke. Hvordan gir jeg dem egne pålogginger? Jeg vil helst ikke dele passordet mitt.',
        '{plan}-abonnementet vårt ser ut til å være begrenset til fem brukere. Kan vi legge til flere brukere uten å gå over til et større abonnement, og hva koster det?',
      ],
      reply: 'Administratorer kan invitere kolleger under Innstillinger → Brukere → Inviter. Hver person får sin egen pålogging, og du velger hva de kan se og gjøre. {plan}-abonnementet deres har fem brukere inkludert; ekstra brukere koster {amount} per bruker per måned, og endringen vises på neste faktura.',
      followUp: 'Takk, jeg har sendt invitasjonene nå.',
    },
  },
  {
    id: 'gdpr-access',
    priority: 'normal', type: 'task', group: 'IT', tags: ['gdpr', 'privacy', 'data-request'],
    en: {
      subjects: ['Request for a copy of my personal data', 'GDPR subject access request'],
      openings: [
        'Under Article 15 of the GDPR, I would like a copy of all the personal data you hold about me, including my order history and any notes your staff have written. Please send it in a commonly used electronic format.',
        'What information do you store about me? I would like to see everything, including where the data came from and who it has been shared with.',
      ],
      reply: 'Thank you for your request. We will send you a complete copy of your personal data within one month, as the GDPR requires; in practice it usually takes less than a week. The copy will include your account details, order history, support conversations and marketing preferences, together with a description of why we process each item and which processors we share it with. For your security, the download link will be sent to the email address registered on your account.',
      followUp: 'Thank you, I received the link and downloaded the file.',
    },
    fi: {
      subjects: ['Pyyntö saada kopio henkilötiedoistani', 'Tietosuoja-asetuksen mukainen tarkastuspyyntö'],
      openings: [
        'Pyydän EU:n tietosuoja-asetuksen 15 artiklan nojalla kopiota kaikista minusta tallentamistanne henkilötiedoista, mukaan lukien tilaushistoria ja henkilökuntanne kirjoittamat muistiinpanot. Lähettäkää tiedot yleisesti käytetyssä sähköisessä muodossa.',
        'Mitä tietoja minusta on tallennettu järjestelmiinne? Haluaisin nähdä kaiken, myös sen, mistä tiedot on saatu ja kenelle niitä on luovutettu.',
      ],
      reply: 'Kiitos pyynnöstäsi. Toimitamme sinulle täydellisen kopion henkilötiedoistasi kuukauden kuluessa tietosuoja-asetuksen mukaisesti; käytännössä se kestää yleensä alle viikon. Kopio sisältää tilitietosi, tilaushistoriasi, asiakaspalvelukeskustelut ja markkinointiluvat sekä kuvauksen siitä, miksi käsittelemme kutakin tietoa ja kenelle käsittelijöille niitä luovutetaan. Turvallisuussyistä latauslinkki lähetetään tilillesi rekisteröityyn sähköpostiosoitteeseen.',
      followUp: 'Kiitos, sain linkin ja latasin tiedoston.',
    },
    et: {
      subjects: ['Taotlus saada koopia minu isikuandmetest', 'Isikuandmete kaitse üldmääruse kohane päring'],
      openings: [
        'Soovin isikuandmete kaitse üldmääruse artikli 15 alusel koopiat kõigist minu kohta säilitatavatest isikuandmetest, sealhulgas tellimuste ajaloost ja teie töötajate tehtud märkmetest. Palun saatke andmed üldkasutatavas elektroonilises vormingus.',
        'Milliseid andmeid te minu kohta säilitate? Tahaksin näha kõike, sealhulgas seda, kust andmed on pärit ja kellele neid on edastatud.',
      ],
      reply: 'Aitäh teie taotluse eest. Saadame teile täieliku koopia teie isikuandmetest ühe kuu jooksul, nagu isikuandmete kaitse üldmäärus ette näeb; tegelikult võtab see tavaliselt alla nädala. Koopia sisaldab teie kontoandmeid, tellimuste ajalugu, klienditoe vestlusi ja turundusnõusolekuid ning kirjeldust, miks me iga andmeliiki töötleme ja milliste volitatud töötlejatega neid jagame. Turvalisuse huvides saadetakse allalaadimislink teie kontole registreeritud e-posti aadressile.',
      followUp: 'Aitäh, sain lingi kätte ja laadisin faili alla.',
    },
    nb: {
      subjects: ['Forespørsel om innsyn i personopplysninger', 'Innsynsbegjæring etter GDPR'],
      openings: [
        'I henhold til personvernforordningen artikkel 15 ber jeg om en kopi av alle personopplysninger dere har om meg, inkludert ordrehistorikk og eventuelle notater de ansatte har skrevet. Send dem i et vanlig elektronisk format.',
        'Hvilke opplysninger lagrer dere om meg? Jeg vil gjerne se alt, også hvor opplysningene kommer fra og hvem de er delt med.',
      ],
      reply: 'Takk for henvendelsen. Vi sender deg en fullstendig kopi av personopplysningene dine innen én måned, slik personvernforordningen krever; i praksis tar det vanligvis under en uke. Kopien inneholder kontoopplysninger, ordrehistorikk, kundeservicesamtaler og markedsføringssamtykker, sammen med en beskrivelse av hvorfor vi behandler hver opplysning og hvilke databehandlere vi deler dem med. Av sikkerhetshensyn sendes nedlastingslenken til e-postadressen som er registrert på kontoen din.',
      followUp: 'Takk, jeg har fått lenken og lastet ned filen.',
    },
  },
  {
    id: 'gdpr-erasure',
    priority: 'normal', type: 'task', group: 'IT', tags: ['gdpr', 'privacy', 'account-deletion'],
    en: {
      subjects: ['Delete my account and personal data', 'Right to erasure request'],
      openings: [
        'Please delete my account and all personal data associated with it. I no longer use your service and don’t want my information stored anywhere. Confirm when it has been done.',
        'I would like to exercise my right to be forgotten. Remove my details from your customer database and mailing lists.',
      ],
      reply: 'We have received your erasure request. Your account and personal data will be deleted within 30 days. Please note that accounting law requires us to keep invoices and the related payment records for the statutory period, but they will not be used for anything else. You will get a confirmation email once the deletion is complete.',
      followUp: 'Understood, thank you for explaining the accounting part.',
    },
    fi: {
      subjects: ['Poistakaa tilini ja henkilötietoni', 'Pyyntö tietojen poistamisesta'],
      openings: [
        'Poistakaa tilini ja kaikki siihen liittyvät henkilötiedot. En käytä palveluanne enää enkä halua, että tietojani säilytetään missään. Vahvistakaa, kun poisto on tehty.',
        'Haluan käyttää oikeuttani tulla unohdetuksi. Poistakaa tietoni asiakasrekisteristänne ja postituslistoiltanne.',
      ],
      reply: 'Olemme vastaanottaneet poistopyyntösi. Tilisi ja henkilötietosi poistetaan 30 päivän kuluessa. Huomaathan, että kirjanpitolaki velvoittaa meidät säilyttämään laskut ja niihin liittyvät maksutiedot lakisääteisen ajan, mutta niitä ei käytetä mihinkään muuhun. Saat vahvistuksen sähköpostiisi, kun poisto on valmis.',
      followUp: 'Selvä, kiitos kun selititte kirjanpitoon liittyvän osan.',
    },
    et: {
      subjects: ['Kustutage minu konto ja isikuandmed', 'Andmete kustutamise taotlus'],
      openings: [
        'Palun kustutage minu konto ja kõik sellega seotud isikuandmed. Ma ei kasuta enam teie teenust ega soovi, et minu andmeid kuskil säilitataks. Andke teada, kui see on tehtud.',
        'Soovin kasutada oma õigust olla unustatud. Palun eemaldage minu andmed oma kliendiandmebaasist ja postitusloenditest.',
      ],
      reply: 'Oleme teie kustutamistaotluse kätte saanud. Teie konto ja isikuandmed kustutatakse 30 päeva jooksul. Pange tähele, et raamatupidamise seadus kohustab meid säilitama arveid ja nendega seotud makseandmeid seadusega ettenähtud aja, kuid neid ei kasutata millekski muuks. Kui kustutamine on lõpetatud, saate kinnituse e-postiga.',
      followUp: 'Selge, aitäh, et selgitasite raamatupidamise osa.',
    },
    nb: {
      subjects: ['Slett kontoen min og personopplysningene mine', 'Krav om sletting'],
      openings: [
        'Slett kontoen min og alle personopplysninger som er knyttet til den. Jeg bruker ikke tjenesten lenger og vil ikke at opplysningene mine skal lagres noe sted. Bekreft når det er gjort.',
        'Jeg vil benytte retten min til å bli glemt. Fjern opplysningene mine fra kunderegisteret og e-postlistene deres.',
      ],
      reply: 'Vi har mottatt kravet ditt om sletting. Kontoen og personopplysningene dine slettes innen 30 dager. Merk at bokføringsloven pålegger oss å oppbevare fakturaer og tilhørende betalingsopplysninger i den lovpålagte perioden, men de blir ikke brukt til noe annet. Du får en bekreftelse på e-post når slettingen er fullført.',
      followUp: 'Forstått, takk for at dere forklarte det med regnskapet.',
    },
  },
  {
    id: 'newsletter-unsubscribe',
    priority: 'low', type: 'task', group: 'Tier 1', tags: ['newsletter', 'privacy'],
    en: {
      subjects: ['Stop sending me newsletters', 'Unsubscribe link does not work'],
      openings: [
        'I keep getting your marketing emails even though I unsubscribed weeks ago. Please remove me from all mailing lists.',
        'The unsubscribe link at the bottom of your newsletter leads to an error page. How else can I stop receiving these emails?',
      ],
      reply: 'Sorry about that. I have removed your address from all marketing lists, and the change takes effect immediately, although an email that was already scheduled may still arrive in the next day or two. We have also reported the broken unsubscribe link to our marketing team. You will still receive order and invoice emails, as they are part of the service.',
      followUp: 'Thanks, no more newsletters so far.',
    },
    fi: {
      subjects: ['Lopettakaa uutiskirjeiden lähettäminen', 'Uutiskirjeen peruutuslinkki ei toimi'],
      openings: [
        'Saan edelleen markkinointiviestejänne, vaikka peruin tilauksen jo viikkoja sitten. Poistakaa minut kaikilta postituslistoilta.',
        'Uutiskirjeenne lopussa oleva peruutuslinkki vie virhesivulle. Miten muuten voin lopettaa näiden viestien tulemisen?',
      ],
      reply: 'Pahoittelen tätä. Poistin osoitteesi kaikilta markkinointilistoilta, ja muutos tuli voimaan heti. Jo ajastettu viesti voi tosin vielä tulla parin päivän sisällä. Ilmoitimme rikkinäisestä peruutuslinkistä myös markkinointitiimillemme. Tilaus- ja laskuviestit tulevat sinulle edelleen, koska ne kuuluvat palveluun.',
      followUp: 'Kiitos, uutiskirjeitä ei ole enää tullut.',
    },
    et: {
      subjects: ['Lõpetage uudiskirjade saatmine', 'Uudiskirjast loobumise link ei tööta'],
      openings: [
        'Saan endiselt teie turunduskirju, kuigi loobusin neist juba nädalaid tagasi. Palun eemaldage mind kõigist postitusloenditest.',
        'Teie uudiskirja lõpus olev loobumislink viib vealehele. Kuidas muul moel nende kirjade saamine lõpetada?',
      ],
      reply: 'Vabandan selle pärast. Eemaldasin teie aadressi kõigist turundusloenditest ja muudatus jõustus kohe, kuigi juba ajastatud kiri võib veel päeva-kahe jooksul tulla. Andsime katkisest loobumislingist teada ka meie turundusmeeskonnale. Tellimuste ja arvete kirju saate endiselt, sest need on teenuse osa.',
      followUp: 'Aitäh, uudiskirju pole enam tulnud.',
    },
    nb: {
      subjects: ['Slutt å sende meg nyhetsbrev', 'Avmeldingslenken virker ikke'],
      openings: [
        'Jeg får fortsatt reklame på e-post fra dere, selv om jeg meldte meg av for flere uker siden. Fjern meg fra alle e-postlister.',
        'Avmeldingslenken nederst i nyhetsbrevet deres går til en feilside. Hvordan kan jeg ellers slutte å få disse e-postene?',
      ],
      reply: 'Beklager det. Jeg har fjernet adressen din fra alle markedsføringslister, og endringen gjelder med en gang, selv om en e-post som allerede er planlagt, kan komme i løpet av et par dager. Vi har også meldt fra om den ødelagte avmeldingslenken til markedsavdelingen. Du får fortsatt e-post om bestillinger og fakturaer, siden de er en del av tjenesten.',
      followUp: 'Takk, ingen flere nyhetsbrev så langt.',
    },
  },
];
