import type { Scenario } from './conversations.ts';

/** Support scenarios about bugs, incidents, the API and product feedback. */
export const PRODUCT_SCENARIOS: readonly Scenario[] = [
  {
    id: 'export-bug',
    priority: 'normal', type: 'problem', group: 'Tier 2', tags: ['bug', 'export'],
    en: {
      subjects: ['CSV export shows broken characters', 'Report export does not download'],
      openings: [
        'When I export our customer list to CSV and open it in Excel, all names with special characters are garbled. For example, "Müller" turns into strange symbols. This worked fine until last week.',
        'The report export has stopped working. I click "Export", the progress bar reaches 100%, but the file never downloads. I have tried two different browsers.',
      ],
      reply: 'Thanks for the detailed report; I was able to reproduce the problem. It was caused by last week’s update to the export feature, and our developers already have a fix, which will be released tomorrow. I will let you know as soon as it is live. Until then, the export works normally from the old report view under Reports → Classic.',
      followUp: 'Thanks, the classic view works for now. I will wait for the fix.',
    },
    fi: {
      subjects: ['CSV-viennissä ääkköset menevät rikki', 'Raportin vienti ei lataudu'],
      openings: [
        'Kun vien asiakaslistamme CSV-tiedostoon ja avaan sen Excelissä, kaikki ääkkösiä sisältävät nimet ovat sotkussa. Esimerkiksi "Mäkinen" muuttuu oudoiksi merkeiksi. Tämä toimi vielä viime viikolla.',
        'Raporttien vienti on lakannut toimimasta. Painan "Vie", edistymispalkki menee sataan prosenttiin, mutta tiedosto ei koskaan lataudu. Kokeilin kahdella eri selaimella.',
      ],
      reply: 'Kiitos tarkasta kuvauksesta, sain ongelman toistettua. Sen aiheutti viime viikon päivitys vientitoimintoon, ja kehittäjillämme on jo korjaus valmiina. Se julkaistaan huomenna, ja ilmoitan sinulle, kun korjaus on käytössä. Siihen asti vienti toimii normaalisti vanhasta raporttinäkymästä kohdasta Raportit → Klassinen.',
      followUp: 'Kiitos, klassinen näkymä toimii toistaiseksi. Odotan korjausta.',
    },
    et: {
      subjects: ['CSV-ekspordis lähevad täpitähed katki', 'Aruande eksport ei laadi alla'],
      openings: [
        'Kui ekspordin oma kliendinimekirja CSV-faili ja avan selle Excelis, on kõik täpitähtedega nimed segased. Näiteks „Põder“ muutub imelikeks märkideks. Veel eelmisel nädalal töötas see korralikult.',
        'Aruannete eksport on töötamast lakanud. Vajutan „Ekspordi“, edenemisriba jõuab 100 protsendini, kuid faili ei laadita kunagi alla. Proovisin kahe erineva brauseriga.',
      ],
      reply: 'Aitäh põhjaliku kirjelduse eest, mul õnnestus probleem korrata. Selle põhjustas eelmise nädala uuendus ekspordifunktsioonis ja meie arendajatel on parandus juba valmis. See avaldatakse homme ja annan teile teada, kui parandus on kasutusel. Seni töötab eksport tavapäraselt vanas aruandevaates jaotises Aruanded → Klassikaline.',
      followUp: 'Aitäh, klassikaline vaade töötab praegu. Ootan parandust.',
    },
    nb: {
      subjects: ['CSV-eksporten viser ødelagte tegn', 'Rapporteksporten lastes ikke ned'],
      openings: [
        'Når jeg eksporterer kundelisten vår til CSV og åpner den i Excel, blir alle navn med æ, ø og å helt uleselige. For eksempel blir «Sørensen» til rare tegn. Dette fungerte fint til forrige uke.',
        'Eksporten av rapporter har sluttet å virke. Jeg trykker «Eksporter», fremdriftslinjen når 100 %, men filen blir aldri lastet ned. Jeg har prøvd to forskjellige nettlesere.',
      ],
      reply: 'Takk for en grundig beskrivelse, jeg har klart å gjenskape problemet. Det skyldes forrige ukes oppdatering av eksportfunksjonen, og utviklerne våre har allerede en rettelse klar. Den rulles ut i morgen, og jeg gir deg beskjed når den er på plass. Inntil da fungerer eksporten som normalt fra den gamle rapportvisningen under Rapporter → Klassisk.',
      followUp: 'Takk, den klassiske visningen fungerer inntil videre. Jeg venter på rettelsen.',
    },
  },
  {
    id: 'app-crash',
    priority: 'high', type: 'incident', group: 'Tier 2', tags: ['bug', 'mobile-app'],
    en: {
      subjects: ['App crashes on startup', 'Mobile app closes immediately after the update'],
      openings: [
        'Since yesterday’s update, the app crashes as soon as I open it. I have restarted my phone and reinstalled the app, but nothing helps. I use it every day for work, so this is urgent.',
        'The Android app closes right after the login screen. My colleague with an iPhone has no problems. Is this a known issue?',
      ],
      reply: 'Thanks for reporting this. It is a known issue in the latest version on some phones, and our developers released a fix a moment ago as version 4.2.1. Please update the app from the app store; if the update is not showing yet, it can take a few hours to reach all users. Until then, you can use the service in your phone’s browser.',
      followUp: 'Updated to 4.2.1 and it works again. Thanks!',
    },
    fi: {
      subjects: ['Sovellus kaatuu käynnistyksessä', 'Mobiilisovellus sulkeutuu heti päivityksen jälkeen'],
      openings: [
        'Eilisen päivityksen jälkeen sovellus kaatuu heti, kun avaan sen. Olen käynnistänyt puhelimen uudelleen ja asentanut sovelluksen uudestaan, mutta mikään ei auta. Käytän sitä päivittäin töissä, joten asia on kiireellinen.',
        'Android-sovellus sulkeutuu heti kirjautumissivun jälkeen. Kollegallani on iPhone, eikä hänellä ole ongelmia. Onko tämä tunnettu vika?',
      ],
      reply: 'Kiitos ilmoituksesta. Kyseessä on uusimman version tunnettu vika, joka koskee osaa puhelimista, ja kehittäjämme julkaisivat juuri korjatun version 4.2.1. Päivitä sovellus sovelluskaupasta. Jos päivitys ei vielä näy, sen leviäminen kaikille käyttäjille voi kestää muutaman tunnin. Sillä välin voit käyttää palvelua puhelimesi selaimella.',
      followUp: 'Päivitin version 4.2.1, ja nyt sovellus toimii taas. Kiitos!',
    },
    et: {
      subjects: ['Rakendus jookseb käivitamisel kokku', 'Mobiilirakendus sulgub kohe pärast uuendust'],
      openings: [
        'Pärast eilset uuendust jookseb rakendus kokku kohe, kui selle avan. Olen telefoni taaskäivitanud ja rakenduse uuesti installinud, aga miski ei aita. Kasutan seda iga päev tööl, nii et asi on kiire.',
        'Androidi rakendus sulgub kohe pärast sisselogimiskuva. Minu kolleegil on iPhone ja temal probleeme pole. Kas see on teadaolev viga?',
      ],
      reply: 'Aitäh teatamast. See on uusima versiooni teadaolev viga, mis mõjutab osa telefone, ja meie arendajad avaldasid just parandusega versiooni 4.2.1. Palun uuendage rakendust rakenduste poest. Kui uuendust veel ei kuvata, võib selle jõudmine kõigi kasutajateni võtta paar tundi. Seni saate teenust kasutada telefoni brauseris.',
      followUp: 'Uuendasin versioonile 4.2.1 ja nüüd töötab jälle. Aitäh!',
    },
    nb: {
      subjects: ['Appen krasjer ved oppstart', 'Mobilappen lukkes rett etter oppdateringen'],
      openings: [
        'Etter gårsdagens oppdatering krasjer appen med en gang jeg åpner den. Jeg har startet telefonen på nytt og installert appen på nytt, men ingenting hjelper. Jeg bruker den hver dag på jobb, så dette haster.',
        'Android-appen lukker seg rett etter innloggingsbildet. Kollegaen min med iPhone har ingen problemer. Er dette en kjent feil?',
      ],
      reply: 'Takk for at du sier fra. Dette er en kjent feil i siste versjon på enkelte telefoner, og utviklerne våre har nettopp sluppet en rettelse i versjon 4.2.1. Oppdater appen fra appbutikken; hvis oppdateringen ikke vises ennå, kan det ta noen timer før den når alle brukere. Inntil da kan du bruke tjenesten i nettleseren på telefonen.',
      followUp: 'Oppdaterte til 4.2.1, og nå virker det igjen. Takk!',
    },
  },
  {
    id: 'slow-performance',
    priority: 'normal', type: 'problem', group: 'Tier 2', tags: ['performance'],
    en: {
      subjects: ['Everything is very slow today', 'Pages take ages to load'],
      openings: [
        'Since this morning, every page in the admin panel takes 20–30 seconds to load. Our whole team is affected, and we cannot get any work done. Is something wrong on your end?',
        'Searching for customers has become really slow over the past few days. A search that used to be instant now takes almost a minute.',
      ],
      reply: 'Thanks for reporting this. We found that one of our database servers was overloaded after a maintenance job this morning. The job has now been stopped, and response times are back to normal. Could you check that everything works on your end as well?',
      followUp: 'Yes, it is fast again now. Thanks for the quick fix.',
    },
    fi: {
      subjects: ['Kaikki toimii tänään todella hitaasti', 'Sivujen lataaminen kestää ikuisuuden'],
      openings: [
        'Tästä aamusta lähtien jokaisen hallintapaneelin sivun lataaminen on kestänyt 20–30 sekuntia. Ongelma koskee koko tiimiämme, emmekä saa töitä tehtyä. Onko teillä jotain vikaa?',
        'Asiakkaiden hakeminen on muuttunut viime päivinä todella hitaaksi. Haku, joka ennen oli välitön, kestää nyt lähes minuutin.',
      ],
      reply: 'Kiitos ilmoituksesta. Selvisi, että yksi tietokantapalvelimistamme ylikuormittui tämänaamuisen huoltoajon jälkeen. Ajo on nyt pysäytetty, ja vasteajat ovat palanneet normaaleiksi. Voisitko tarkistaa, toimiiko kaikki myös sinun päässäsi?',
      followUp: 'Kyllä, nyt kaikki on taas nopeaa. Kiitos nopeasta korjauksesta.',
    },
    et: {
      subjects: ['Täna on kõik väga aeglane', 'Lehtede laadimine võtab igavesti'],
      openings: [
        'Alates tänasest hommikust võtab iga halduspaneeli lehe laadimine 20–30 sekundit. See puudutab kogu meie meeskonda ja me ei saa tööd teha. Kas teil on midagi katki?',
        'Klientide otsimine on viimastel päevadel väga aeglaseks muutunud. Otsing, mis varem oli hetkega valmis, võtab nüüd peaaegu minuti.',
      ],
      reply: 'Aitäh teatamast. Selgus, et üks meie andmebaasiserveritest oli tänase hommikuse hooldustöö järel üle koormatud. Hooldustöö on nüüd peatatud ja vastamisajad on taas normaalsed. Kas saaksite kontrollida, kas ka teie pool kõik töötab?',
      followUp: 'Jah, nüüd on jälle kiire. Aitäh kiire paranduse eest.',
    },
    nb: {
      subjects: ['Alt går veldig tregt i dag', 'Sidene bruker evigheter på å laste'],
      openings: [
        'Siden i morges har hver side i adminpanelet brukt 20–30 sekunder på å laste. Hele teamet vårt er rammet, og vi får ikke gjort noe. Er det noe galt hos dere?',
        'Søk etter kunder har blitt veldig tregt de siste dagene. Et søk som før gikk på et øyeblikk, tar nå nesten et minutt.',
      ],
      reply: 'Takk for at du sier fra. Vi fant ut at en av databaseserverne våre ble overbelastet etter en vedlikeholdsjobb i morges. Jobben er nå stoppet, og svartidene er tilbake til normalt. Kan du sjekke at alt fungerer hos deg også?',
      followUp: 'Ja, nå går det raskt igjen. Takk for rask hjelp.',
    },
  },
  {
    id: 'outage',
    priority: 'urgent', type: 'incident', group: 'IT', tags: ['outage', 'incident'],
    en: {
      subjects: ['Service down – cannot log in at all', 'URGENT: site not loading', 'Is there an outage?'],
      openings: [
        'None of us can log in. The login page just shows "503 Service Unavailable". We have customers waiting, so please let us know what is going on and when it will be fixed.',
        'Our online shop has been down for about 15 minutes. Checkout gives an error for every customer. Is this an outage on your side?',
      ],
      reply: 'Thank you for reporting this, and I am sorry for the disruption. We have a confirmed outage affecting logins and checkout, caused by a failure at our hosting provider. Our engineers are working on it, and we will post updates every 30 minutes on our status page. I will also update this ticket as soon as the service is restored.',
      followUp: 'Everything is working again on our side. Thanks for keeping us updated.',
    },
    fi: {
      subjects: ['Palvelu alhaalla – kirjautuminen ei onnistu lainkaan', 'KIIREELLINEN: sivusto ei lataudu', 'Onko teillä häiriö?'],
      openings: [
        'Kukaan meistä ei pääse kirjautumaan. Kirjautumissivulla lukee vain "503 Service Unavailable". Asiakkaamme odottavat, joten kertokaa, mistä on kyse ja milloin vika korjataan.',
        'Verkkokauppamme on ollut alhaalla noin vartin. Kassalla tulee virhe jokaiselle asiakkaalle. Onko teillä käyttökatko?',
      ],
      reply: 'Kiitos ilmoituksesta, ja pahoittelen häiriötä. Meillä on vahvistettu käyttökatko, joka vaikuttaa kirjautumiseen ja kassaan. Sen aiheutti vika palveluntarjoajamme konesalissa. Asiantuntijamme työskentelevät sen parissa, ja julkaisemme tilannepäivityksen tilasivullamme puolen tunnin välein. Päivitän myös tähän tikettiin heti, kun palvelu toimii taas.',
      followUp: 'Kaikki toimii taas meidänkin päässämme. Kiitos, että piditte meidät ajan tasalla.',
    },
    et: {
      subjects: ['Teenus on maas – sisselogimine ei õnnestu üldse', 'KIIRE: leht ei lae', 'Kas teil on katkestus?'],
      openings: [
        'Keegi meist ei saa sisse logida. Sisselogimislehel on ainult „503 Service Unavailable“. Meie kliendid ootavad, nii et andke palun teada, mis toimub ja millal see parandatakse.',
        'Meie e-pood on olnud umbes veerand tundi maas. Kassas tuleb iga kliendi puhul viga. Kas teil on teenusekatkestus?',
      ],
      reply: 'Aitäh teatamast ja vabandame häiringu pärast. Meil on kinnitatud katkestus, mis mõjutab sisselogimist ja kassat ning mille põhjustas rike meie majutusteenuse pakkuja juures. Meie insenerid tegelevad sellega ja avaldame olekulehel uuendusi iga 30 minuti järel. Uuendan ka seda pöördumist kohe, kui teenus taas töötab.',
      followUp: 'Ka meie pool töötab nüüd jälle kõik. Aitäh, et hoidsite meid kursis.',
    },
    nb: {
      subjects: ['Tjenesten er nede – får ikke logget inn i det hele tatt', 'HASTER: nettsiden laster ikke', 'Er det driftsstans?'],
      openings: [
        'Ingen av oss får logget inn. Innloggingssiden viser bare «503 Service Unavailable». Vi har kunder som venter, så gi oss beskjed om hva som skjer og når det blir fikset.',
        'Nettbutikken vår har vært nede i omtrent et kvarter. Kassen gir feilmelding for alle kunder. Er det driftsstans hos dere?',
      ],
      reply: 'Takk for at du sier fra, og beklager bryet. Vi har en bekreftet driftsstans som rammer innlogging og kasse, og den skyldes en feil hos driftsleverandøren vår. Teknikerne våre jobber med saken, og vi legger ut oppdateringer hvert 30. minutt på statussiden vår. Jeg oppdaterer også denne saken så snart tjenesten er oppe igjen.',
      followUp: 'Alt virker igjen hos oss også. Takk for at dere holdt oss oppdatert.',
    },
  },
  {
    id: 'notifications-missing',
    priority: 'normal', type: 'problem', group: 'Tier 2', tags: ['notifications', 'email'],
    en: {
      subjects: ['Not receiving email notifications', 'Order confirmation emails missing'],
      openings: [
        'For the past few days, none of our team members have received email notifications about new orders. The notifications are switched on in the settings. Could you check whether the emails are being sent at all?',
        'Our customers say they are not getting order confirmations any more. I placed a test order on {date} and did not receive anything either, not even in the spam folder.',
      ],
      reply: 'Thanks for flagging this. I checked our mail logs: the emails are being sent, but receiving servers have been rejecting them since your domain’s SPF record was changed. Please ask your IT provider to add our sending servers back to the SPF record; I have emailed you the exact line to add. Messages will start arriving as soon as the change takes effect.',
      followUp: 'Our IT provider updated the record, and the notifications are coming through again.',
    },
    fi: {
      subjects: ['Sähköposti-ilmoitukset eivät tule perille', 'Tilausvahvistukset puuttuvat'],
      openings: [
        'Muutamaan päivään kukaan tiimistämme ei ole saanut sähköposti-ilmoituksia uusista tilauksista. Ilmoitukset ovat asetuksissa päällä. Voisitteko tarkistaa, lähtevätkö viestit teiltä ollenkaan?',
        'Asiakkaamme kertovat, etteivät he enää saa tilausvahvistuksia. Tein testitilauksen {date}, enkä itsekään saanut mitään, en edes roskapostikansioon.',
      ],
      reply: 'Kiitos, kun kerroit. Tarkistin postilokimme: viestit lähtevät meiltä, mutta vastaanottavat palvelimet ovat hylänneet ne siitä lähtien, kun verkkotunnuksenne SPF-tietuetta muutettiin. Pyydä IT-toimittajaanne lisäämään lähetyspalvelimemme takaisin SPF-tietueeseen; lähetin sinulle sähköpostilla tarkan rivin, joka pitää lisätä. Viestit alkavat tulla perille heti, kun muutos on voimassa.',
      followUp: 'IT-toimittajamme päivitti tietueen, ja ilmoitukset tulevat taas perille.',
    },
    et: {
      subjects: ['E-posti teavitusi ei tule', 'Tellimuse kinnituskirjad puuduvad'],
      openings: [
        'Viimastel päevadel pole keegi meie meeskonnast saanud e-posti teavitusi uute tellimuste kohta. Teavitused on seadetes sisse lülitatud. Kas saaksite kontrollida, kas kirju üldse saadetakse?',
        'Meie kliendid ütlevad, et nad ei saa enam tellimuse kinnitusi. Tegin {date} testtellimuse ja ka mina ei saanud midagi, isegi mitte rämpsposti kausta.',
      ],
      reply: 'Aitäh, et sellest teada andsite. Kontrollisin meie meililogisid: kirjad saadetakse välja, kuid vastuvõtvad serverid on need tagasi lükanud sellest ajast, kui teie domeeni SPF-kirjet muudeti. Paluge oma IT-partneril lisada meie saatmisserverid SPF-kirjesse tagasi; saatsin teile e-postiga täpse rea, mis tuleb lisada. Kirjad hakkavad kohale jõudma kohe, kui muudatus jõustub.',
      followUp: 'Meie IT-partner uuendas kirjet ja teavitused jõuavad jälle kohale.',
    },
    nb: {
      subjects: ['Får ikke varsler på e-post', 'Ordrebekreftelser mangler'],
      openings: [
        'De siste dagene har ingen i teamet vårt fått e-postvarsler om nye bestillinger. Varslene er slått på i innstillingene. Kan dere sjekke om e-postene i det hele tatt blir sendt?',
        'Kundene våre sier at de ikke får ordrebekreftelser lenger. Jeg la inn en testbestilling {date} og fikk heller ikke noe, ikke engang i søppelposten.',
      ],
      reply: 'Takk for at du sier fra. Jeg har sjekket e-postloggene våre: e-postene blir sendt, men mottakerservere har avvist dem siden SPF-posten for domenet deres ble endret. Be IT-leverandøren deres legge senderserverne våre tilbake i SPF-posten; jeg har sendt deg den nøyaktige linjen på e-post. Meldingene kommer fram så snart endringen er aktiv.',
      followUp: 'IT-leverandøren har oppdatert posten, og varslene kommer fram igjen.',
    },
  },
  {
    id: 'api-auth',
    priority: 'normal', type: 'question', group: 'Product', tags: ['api', 'integration'],
    en: {
      subjects: ['API returns 401 Unauthorized', 'Question about API rate limits'],
      openings: [
        'Our integration started getting "401 Unauthorized" from your API this morning. We have not changed anything on our side, and the API key is the same one we have used for months. Has something changed?',
        'We are building an integration that syncs our orders every five minutes. What are the rate limits for the REST API, and is there a way to fetch only records changed since the last sync?',
      ],
      reply: 'Thanks for the question. API keys created before last year now need to be sent in the Authorization header as "Bearer <key>" rather than as a query parameter; we announced this change by email in the spring. The limit is 600 requests per minute per key, and every list endpoint accepts an updated_since parameter, so you only need to fetch the records that changed since the previous sync. The full details are in our API documentation.',
      followUp: 'Moving the key to the header fixed it, thanks. The updated_since parameter is very handy too.',
    },
    fi: {
      subjects: ['API palauttaa virheen 401 Unauthorized', 'Kysymys rajapinnan käyttörajoista'],
      openings: [
        'Integraatiomme alkoi tänä aamuna saada rajapinnastanne vastauksen "401 Unauthorized". Emme ole muuttaneet mitään, ja API-avain on sama, jota olemme käyttäneet kuukausia. Onko jokin muuttunut?',
        'Rakennamme integraatiota, joka synkronoi tilauksemme viiden minuutin välein. Mitkä ovat REST-rajapinnan käyttörajat, ja voiko hakea vain edellisen synkronoinnin jälkeen muuttuneet tietueet?',
      ],
      reply: 'Kiitos kysymyksestä. Ennen viime vuotta luodut API-avaimet pitää nyt lähettää Authorization-otsakkeessa muodossa "Bearer <avain>" eikä kyselyparametrina; kerroimme muutoksesta sähköpostilla keväällä. Käyttöraja on 600 pyyntöä minuutissa avainta kohden, ja jokainen listausrajapinta hyväksyy updated_since-parametrin, joten voit hakea vain edellisen synkronoinnin jälkeen muuttuneet tietueet. Kaikki yksityiskohdat löytyvät API-dokumentaatiostamme.',
      followUp: 'Avaimen siirtäminen otsakkeeseen korjasi ongelman, kiitos. Myös updated_since-parametri on tosi kätevä.',
    },
    et: {
      subjects: ['API tagastab 401 Unauthorized', 'Küsimus API päringupiirangute kohta'],
      openings: [
        'Meie liidestus hakkas täna hommikul teie API-st saama vastust „401 Unauthorized“. Me pole enda poolt midagi muutnud ja API-võti on sama, mida oleme kuude kaupa kasutanud. Kas midagi on muutunud?',
        'Ehitame liidestust, mis sünkroniseerib meie tellimusi iga viie minuti järel. Millised on REST API päringupiirangud ja kas on võimalik pärida ainult viimasest sünkroniseerimisest saadik muutunud kirjeid?',
      ],
      reply: 'Aitäh küsimuse eest. Enne eelmist aastat loodud API-võtmed tuleb nüüd saata Authorization-päises kujul „Bearer <võti>“, mitte päringuparameetrina; teatasime sellest muudatusest kevadel e-postiga. Piirang on 600 päringut minutis võtme kohta ja iga loendi otspunkt toetab parameetrit updated_since, nii et saate pärida ainult eelmisest sünkroniseerimisest saadik muutunud kirjeid. Kõik üksikasjad leiate meie API dokumentatsioonist.',
      followUp: 'Võtme päisesse viimine lahendas probleemi, aitäh. Parameeter updated_since on ka väga mugav.',
    },
    nb: {
      subjects: ['API-et returnerer 401 Unauthorized', 'Spørsmål om grenser for API-kall'],
      openings: [
        'Integrasjonen vår begynte å få «401 Unauthorized» fra API-et deres i morges. Vi har ikke endret noe hos oss, og API-nøkkelen er den samme som vi har brukt i flere måneder. Har noe blitt endret?',
        'Vi bygger en integrasjon som synkroniserer bestillingene våre hvert femte minutt. Hvilke grenser gjelder for REST-API-et, og finnes det en måte å hente bare poster som er endret siden forrige synkronisering?',
      ],
      reply: 'Takk for spørsmålet. API-nøkler som ble opprettet før i fjor, må nå sendes i Authorization-headeren som «Bearer <nøkkel>» i stedet for som en spørringsparameter; vi varslet om endringen på e-post i vår. Grensen er 600 kall per minutt per nøkkel, og alle listeendepunkter støtter parameteren updated_since, så du trenger bare å hente poster som er endret siden forrige synkronisering. Alle detaljer står i API-dokumentasjonen vår.',
      followUp: 'Det løste seg da vi flyttet nøkkelen til headeren, takk. Parameteren updated_since er også veldig nyttig.',
    },
  },
  {
    id: 'webhook-failing',
    priority: 'high', type: 'incident', group: 'Product', tags: ['api', 'webhooks', 'integration'],
    en: {
      subjects: ['Webhooks stopped arriving', 'Webhook deliveries failing since {date}'],
      openings: [
        'Our endpoint has not received any webhooks since {date}. The webhook is still active in the settings, and our server is reachable from the internet. Can you see any failed deliveries on your side?',
        'We are getting duplicate webhook calls for the same order, sometimes three or four times. This creates duplicate shipments in our warehouse system. How should we handle this?',
      ],
      reply: 'I checked the delivery log for your webhook. Your endpoint has been taking more than ten seconds to respond, so our system treats the deliveries as failed and retries them, which also explains the duplicates. I recommend responding with status 200 straight away, doing the processing afterwards, and using the event ID in the payload to skip repeats. Failed deliveries are retried automatically for 72 hours.',
      followUp: 'We changed the endpoint to respond immediately, and the deliveries are arriving normally again.',
    },
    fi: {
      subjects: ['Webhookit lakkasivat tulemasta', 'Webhook-toimitukset epäonnistuneet {date} lähtien'],
      openings: [
        'Rajapintamme ei ole vastaanottanut yhtään webhook-kutsua {date} jälkeen. Webhook on asetuksissa yhä aktiivinen, ja palvelimemme on tavoitettavissa internetistä. Näettekö omassa päässänne epäonnistuneita toimituksia?',
        'Saamme samasta tilauksesta useita webhook-kutsuja, joskus kolme tai neljä kertaa. Tämä luo varastojärjestelmäämme tuplalähetyksiä. Miten tämä pitäisi hoitaa?',
      ],
      reply: 'Tarkistin webhookisi toimituslokin. Päätepisteenne vastaus on kestänyt yli kymmenen sekuntia, joten järjestelmämme tulkitsee toimitukset epäonnistuneiksi ja yrittää uudelleen, mikä selittää myös kaksoiskutsut. Kannattaa vastata heti tilakoodilla 200, tehdä käsittely vasta sen jälkeen ja ohittaa toistot viestin tapahtumatunnisteen avulla. Epäonnistuneita toimituksia yritetään automaattisesti uudelleen 72 tunnin ajan.',
      followUp: 'Muutimme päätepisteen vastaamaan heti, ja toimitukset tulevat taas normaalisti.',
    },
    et: {
      subjects: ['Webhookid ei saabu enam', 'Webhooki edastused ebaõnnestuvad alates {date}'],
      openings: [
        'Meie otspunkt pole alates {date} ühtegi webhooki kätte saanud. Webhook on seadetes endiselt aktiivne ja meie server on internetist kättesaadav. Kas näete enda pool ebaõnnestunud edastusi?',
        'Saame sama tellimuse kohta korduvaid webhooki päringuid, vahel kolm või neli korda. See tekitab meie laosüsteemis topeltsaadetisi. Kuidas me peaksime sellega toimima?',
      ],
      reply: 'Kontrollisin teie webhooki edastuste logi. Teie otspunkt on vastamiseks kulutanud üle kümne sekundi, mistõttu meie süsteem loeb edastused ebaõnnestunuks ja proovib uuesti, mis selgitab ka kordusi. Soovitan vastata kohe olekukoodiga 200, teha töötlus alles seejärel ja kasutada korduste vahelejätmiseks sündmuse ID-d. Ebaõnnestunud edastusi proovitakse automaatselt uuesti 72 tunni jooksul.',
      followUp: 'Muutsime otspunkti nii, et see vastab kohe, ja edastused saabuvad jälle tavapäraselt.',
    },
    nb: {
      subjects: ['Webhooks har sluttet å komme', 'Webhook-leveranser feiler siden {date}'],
      openings: [
        'Endepunktet vårt har ikke mottatt noen webhooks siden {date}. Webhooken er fortsatt aktiv i innstillingene, og serveren vår kan nås fra internett. Ser dere noen mislykkede leveranser hos dere?',
        'Vi får dupliserte webhook-kall for samme bestilling, noen ganger tre eller fire ganger. Det skaper doble forsendelser i lagersystemet vårt. Hvordan bør vi håndtere dette?',
      ],
      reply: 'Jeg har sjekket leveranseloggen for webhooken deres. Endepunktet har brukt over ti sekunder på å svare, så systemet vårt regner leveransene som mislykket og prøver på nytt, noe som også forklarer duplikatene. Jeg anbefaler å svare med statuskode 200 med en gang, gjøre behandlingen etterpå og bruke hendelses-ID-en i meldingen til å hoppe over gjentakelser. Mislykkede leveranser blir automatisk forsøkt på nytt i 72 timer.',
      followUp: 'Vi endret endepunktet til å svare umiddelbart, og leveransene kommer normalt igjen.',
    },
  },
  {
    id: 'feature-reporting',
    priority: 'low', type: 'task', group: 'Product', tags: ['feature-request', 'reporting'],
    en: {
      subjects: ['Feature request: scheduled reports', 'Suggestion for the reporting page'],
      openings: [
        'It would be really useful if we could schedule reports to be emailed automatically every Monday. At the moment I export the same report by hand every week and send it to our management team.',
        'Could you add a way to compare this month with the same month last year on the reporting page? We are a seasonal business, so month-to-month comparisons are not very helpful.',
      ],
      reply: 'Thank you for the suggestion. I have passed it on to our product team and added your vote to the existing request; it is planned for the coming months, but I cannot promise a date yet. I have also linked this ticket to the request, so you will hear from us as soon as there is news.',
      followUp: 'Thanks, good to hear it is on the list.',
    },
    fi: {
      subjects: ['Kehitysehdotus: ajastetut raportit', 'Ehdotus raporttisivulle'],
      openings: [
        'Olisi todella hyödyllistä, jos raportit voisi ajastaa lähtemään sähköpostilla automaattisesti joka maanantai. Nyt vien saman raportin käsin joka viikko ja lähetän sen johtoryhmällemme.',
        'Voisitteko lisätä raporttisivulle mahdollisuuden verrata kuluvaa kuukautta edellisen vuoden samaan kuukauteen? Toimintamme on kausiluonteista, joten vertailu edelliseen kuukauteen ei juuri auta.',
      ],
      reply: 'Kiitos ehdotuksesta. Välitin sen tuotetiimillemme ja lisäsin äänesi jo olemassa olevaan kehityspyyntöön. Se on suunnitelmissa tuleville kuukausille, mutta tarkkaa aikataulua en vielä voi luvata. Linkitin myös tämän tiketin pyyntöön, joten kuulet meistä heti, kun asiassa on uutta.',
      followUp: 'Kiitos, hyvä kuulla, että se on listalla.',
    },
    et: {
      subjects: ['Arendusettepanek: ajastatud aruanded', 'Ettepanek aruannete lehe kohta'],
      openings: [
        'Oleks väga kasulik, kui saaks aruandeid ajastada nii, et need saadetakse igal esmaspäeval automaatselt e-postiga. Praegu ekspordin sama aruande iga nädal käsitsi ja saadan selle juhtkonnale.',
        'Kas saaksite aruannete lehele lisada võimaluse võrrelda jooksvat kuud eelmise aasta sama kuuga? Meie äri on hooajaline, seega kuu-kuult võrdlusest pole suurt abi.',
      ],
      reply: 'Aitäh ettepaneku eest. Edastasin selle meie tootemeeskonnale ja lisasin teie hääle juba olemasolevale arendussoovile. See on lähikuude plaanis, kuid täpset kuupäeva ma veel lubada ei saa. Sidusin ka selle pöördumise arendussooviga, nii et kuulete meist kohe, kui on uudiseid.',
      followUp: 'Aitäh, hea kuulda, et see on nimekirjas.',
    },
    nb: {
      subjects: ['Ønske om ny funksjon: planlagte rapporter', 'Forslag til rapportsiden'],
      openings: [
        'Det hadde vært veldig nyttig om vi kunne planlegge at rapporter sendes automatisk på e-post hver mandag. Nå eksporterer jeg den samme rapporten for hånd hver uke og sender den til ledergruppen.',
        'Kan dere legge til en mulighet til å sammenligne denne måneden med samme måned i fjor på rapportsiden? Vi har sesongbasert drift, så sammenligning måned for måned hjelper ikke så mye.',
      ],
      reply: 'Takk for forslaget. Jeg har sendt det videre til produktteamet og lagt til stemmen din på det eksisterende ønsket. Det står på planen for de kommende månedene, men jeg kan ikke love noen dato ennå. Jeg har også koblet denne saken til ønsket, så du hører fra oss så snart det er noe nytt.',
      followUp: 'Takk, godt å høre at det står på listen.',
    },
  },
  {
    id: 'feature-accounting-integration',
    priority: 'low', type: 'task', group: 'Product', tags: ['feature-request', 'integration', 'accounting'],
    en: {
      subjects: ['Integration with our accounting software?', 'Feature request: automatic invoice sync'],
      openings: [
        'We use an accounting system that is common here, and at the moment we copy every invoice over by hand. Is an integration planned? It would save us several hours a week.',
        'Does your product have an integration with accounting software? If not, can we build one ourselves using your API?',
      ],
      reply: 'There is no ready-made integration with that system yet, but it is one of the most requested features, and I have added your vote. In the meantime, you can connect the systems through our REST API or an automation service; our documentation has an example that sends each new invoice to an accounting system. If you like, our partner team can recommend a local integrator.',
      followUp: 'Thanks, we will take a look at the API example first.',
    },
    fi: {
      subjects: ['Integraatio taloushallinto-ohjelmistoomme?', 'Kehitysehdotus: laskujen automaattinen siirto'],
      openings: [
        'Käytämme Suomessa yleistä taloushallinto-ohjelmistoa, ja tällä hetkellä kopioimme jokaisen laskun sinne käsin. Onko integraatio suunnitteilla? Se säästäisi meiltä useita tunteja viikossa.',
        'Onko tuotteessanne integraatiota kirjanpito-ohjelmistoihin? Jos ei, voimmeko rakentaa sellaisen itse rajapintanne avulla?',
      ],
      reply: 'Valmista integraatiota kyseiseen järjestelmään ei vielä ole, mutta se on yksi toivotuimmista ominaisuuksista, ja lisäsin äänesi pyyntöön. Sillä välin voitte yhdistää järjestelmät REST-rajapintamme tai automaatiopalvelun avulla; dokumentaatiossamme on esimerkki, joka siirtää jokaisen uuden laskun kirjanpito-ohjelmistoon. Halutessasi kumppanitiimimme voi suositella paikallista integraattoria.',
      followUp: 'Kiitos, katsomme ensin rajapintaesimerkkiä.',
    },
    et: {
      subjects: ['Liidestus meie raamatupidamistarkvaraga?', 'Arendusettepanek: arvete automaatne sünkroniseerimine'],
      openings: [
        'Kasutame Eestis levinud raamatupidamistarkvara ja praegu kopeerime iga arve sinna käsitsi. Kas liidestus on plaanis? See säästaks meil nädalas mitu tundi.',
        'Kas teie tootel on liidestus raamatupidamistarkvaraga? Kui ei, kas saame selle ise teie API abil ehitada?',
      ],
      reply: 'Valmis liidestust selle süsteemiga veel pole, kuid see on üks enim soovitud funktsioone ja lisasin teie hääle. Seni saate süsteemid ühendada meie REST API või automatiseerimisteenuse kaudu; meie dokumentatsioonis on näide, mis saadab iga uue arve raamatupidamistarkvarasse. Soovi korral oskab meie partnermeeskond soovitada kohalikku liidestajat.',
      followUp: 'Aitäh, vaatame kõigepealt API näidet.',
    },
    nb: {
      subjects: ['Integrasjon med regnskapssystemet vårt?', 'Ønske om funksjon: automatisk overføring av fakturaer'],
      openings: [
        'Vi bruker et regnskapssystem som er vanlig i Norge, og i dag kopierer vi hver faktura over for hånd. Er en integrasjon planlagt? Det ville spart oss for flere timer i uka.',
        'Har produktet deres en integrasjon mot regnskapsprogrammer? Hvis ikke, kan vi bygge en selv med API-et deres?',
      ],
      reply: 'Det finnes ingen ferdig integrasjon mot det systemet ennå, men det er en av de mest etterspurte funksjonene, og jeg har lagt til stemmen din. I mellomtiden kan dere koble systemene sammen via REST-API-et vårt eller en automatiseringstjeneste; dokumentasjonen vår har et eksempel som sender hver nye faktura til et regnskapssystem. Hvis du vil, kan partnerteamet vårt anbefale en lokal integrator.',
      followUp: 'Takk, vi ser på API-eksempelet først.',
    },
  },
  {
    id: 'contact-import',
    priority: 'normal', type: 'question', group: 'Tier 1', tags: ['how-to', 'import'],
    en: {
      subjects: ['How do I import our customer list?', 'Importing contacts from a spreadsheet'],
      openings: [
        'We are moving from another system and have about 2,000 customers in a spreadsheet. What is the easiest way to import them? Some customers have two email addresses.',
        'I tried importing our contacts from a CSV file, but the import stops with the error "column not recognised". What format should the file be in?',
      ],
      reply: 'Go to Contacts → Import and download the template there; the first row must contain the column names exactly as in the template. A second email address goes in the "email_2" column. The import checks the file before saving anything and shows which rows have errors, so you can safely test with a small sample first.',
      followUp: 'The template did the trick. All contacts were imported without errors.',
    },
    fi: {
      subjects: ['Miten tuon asiakaslistamme järjestelmään?', 'Yhteystietojen tuonti taulukosta'],
      openings: [
        'Siirrymme toisesta järjestelmästä, ja meillä on noin 2 000 asiakasta taulukossa. Mikä on helpoin tapa tuoda heidät? Osalla asiakkaista on kaksi sähköpostiosoitetta.',
        'Yritin tuoda yhteystietomme CSV-tiedostosta, mutta tuonti pysähtyy virheeseen "saraketta ei tunnistettu". Missä muodossa tiedoston pitäisi olla?',
      ],
      reply: 'Valitse Yhteystiedot → Tuonti ja lataa sieltä mallipohja. Ensimmäisellä rivillä pitää olla sarakkeiden nimet täsmälleen samoin kuin mallipohjassa. Toinen sähköpostiosoite tulee sarakkeeseen "email_2". Tuonti tarkistaa tiedoston ennen kuin mitään tallennetaan ja näyttää, millä riveillä on virheitä, joten voit turvallisesti kokeilla ensin pienellä otoksella.',
      followUp: 'Mallipohja ratkaisi asian. Kaikki yhteystiedot tuotiin ilman virheitä.',
    },
    et: {
      subjects: ['Kuidas oma kliendinimekirja importida?', 'Kontaktide importimine tabelist'],
      openings: [
        'Kolime teisest süsteemist üle ja meil on tabelis umbes 2000 klienti. Mis on kõige lihtsam viis neid importida? Mõnel kliendil on kaks e-posti aadressi.',
        'Proovisin oma kontakte CSV-failist importida, kuid import katkeb veaga „veergu ei tuvastatud“. Millises vormingus peaks fail olema?',
      ],
      reply: 'Minge jaotisse Kontaktid → Import ja laadige sealt alla näidisfail; esimesel real peavad olema veergude nimed täpselt nagu näidisfailis. Teine e-posti aadress käib veergu „email_2“. Import kontrollib faili enne, kui midagi salvestatakse, ja näitab, millistel ridadel on vigu, nii et võite julgelt kõigepealt väikese valimiga proovida.',
      followUp: 'Näidisfail aitas. Kõik kontaktid imporditi vigadeta.',
    },
    nb: {
      subjects: ['Hvordan importerer jeg kundelisten vår?', 'Importere kontakter fra et regneark'],
      openings: [
        'Vi går over fra et annet system og har rundt 2000 kunder i et regneark. Hva er den enkleste måten å importere dem på? Noen kunder har to e-postadresser.',
        'Jeg prøvde å importere kontaktene våre fra en CSV-fil, men importen stopper med feilen «kolonnen ble ikke gjenkjent». Hvilket format skal filen ha?',
      ],
      reply: 'Gå til Kontakter → Import og last ned malen der; den første raden må inneholde kolonnenavnene nøyaktig som i malen. En ekstra e-postadresse skal i kolonnen «email_2». Importen sjekker filen før noe lagres og viser hvilke rader som har feil, så du kan trygt teste med et lite utvalg først.',
      followUp: 'Malen løste det. Alle kontaktene ble importert uten feil.',
    },
  },
];
