import type { Scenario } from './conversations.ts';

/** Support scenarios about orders, deliveries, returns and exchanges. */
export const ORDER_SCENARIOS: readonly Scenario[] = [
  {
    id: 'return-request',
    priority: 'normal', type: 'question', group: 'Tier 1', tags: ['returns', 'order'],
    en: {
      subjects: ['How do I return an item?', 'Return for order {orderNumber}'],
      openings: [
        'I would like to return the {product} from order {orderNumber}. It is unused and still in the original packaging. How does the return work, and do I have to pay for the postage?',
        'Can I return part of an order? I bought several items on {date} and only want to send back the {product}.',
      ],
      reply: 'Yes, you can return all or part of an order within 30 days. Log in to your account, open order {orderNumber} and choose "Return items"; you will get a free return label to print or a QR code to show at the pick-up point. The refund is processed once the item has arrived at our warehouse and been checked.',
      followUp: 'That worked, I got the QR code. Thanks!',
    },
    fi: {
      subjects: ['Miten palautan tuotteen?', 'Palautus tilauksesta {orderNumber}'],
      openings: [
        'Haluaisin palauttaa tilauksen {orderNumber} tuotteen {product}. Se on käyttämätön ja alkuperäisessä pakkauksessaan. Miten palautus toimii, ja joudunko maksamaan postikulut itse?',
        'Voiko tilauksesta palauttaa vain osan? Ostin {date} useamman tuotteen ja haluan lähettää takaisin ainoastaan tuotteen {product}.',
      ],
      reply: 'Kyllä, voit palauttaa koko tilauksen tai osan siitä 30 päivän kuluessa. Kirjaudu tilillesi, avaa tilaus {orderNumber} ja valitse "Palauta tuotteita". Saat maksuttoman palautuslapun tulostettavaksi tai QR-koodin, jonka voit näyttää noutopisteessä. Hyvitys käsitellään, kun tuote on saapunut varastollemme ja tarkistettu.',
      followUp: 'Onnistui, sain QR-koodin. Kiitos!',
    },
    et: {
      subjects: ['Kuidas toodet tagastada?', 'Tellimuse {orderNumber} tagastus'],
      openings: [
        'Soovin tagastada tellimusest {orderNumber} toote {product}. See on kasutamata ja originaalpakendis. Kuidas tagastamine käib ja kas pean postikulu ise maksma?',
        'Kas tellimusest saab tagastada ainult osa? Ostsin {date} mitu toodet ja tahan tagasi saata ainult toote {product}.',
      ],
      reply: 'Jah, saate kogu tellimuse või osa sellest tagastada 30 päeva jooksul. Logige oma kontole sisse, avage tellimus {orderNumber} ja valige „Tagasta tooted“. Saate tasuta tagastussildi väljatrükkimiseks või QR-koodi, mida pakiautomaadis kasutada. Raha tagastatakse pärast seda, kui toode on meie lattu jõudnud ja üle kontrollitud.',
      followUp: 'Sain hakkama, QR-kood on olemas. Aitäh!',
    },
    nb: {
      subjects: ['Hvordan returnerer jeg en vare?', 'Retur av ordre {orderNumber}'],
      openings: [
        'Jeg vil gjerne returnere {product} fra ordre {orderNumber}. Varen er ubrukt og ligger fortsatt i originalemballasjen. Hvordan fungerer returen, og må jeg betale porto selv?',
        'Kan jeg returnere deler av en bestilling? Jeg kjøpte flere varer {date} og vil bare sende tilbake {product}.',
      ],
      reply: 'Ja, du kan returnere hele eller deler av en bestilling innen 30 dager. Logg inn på kontoen din, åpne ordre {orderNumber} og velg «Returner varer». Du får en gratis returlapp du kan skrive ut, eller en QR-kode du viser på hentestedet. Refusjonen behandles når varen har kommet fram til lageret vårt og er kontrollert.',
      followUp: 'Det gikk fint, jeg fikk QR-koden. Takk!',
    },
  },
  {
    id: 'exchange',
    priority: 'normal', type: 'task', group: 'Tier 1', tags: ['returns', 'exchange'],
    en: {
      subjects: ['Exchange for a different size', 'Can I swap my order for another colour?'],
      openings: [
        'The {product} I ordered (order {orderNumber}) is too small. Can I exchange it for one size up instead of returning it and ordering again?',
        'I received my order yesterday, but the colour looks quite different from the pictures on your website. I would like to swap the {product} for the grey version. Is that possible?',
      ],
      reply: 'Of course. I have created an exchange for order {orderNumber}: the replacement has been reserved for you and will be sent as soon as we receive the original item. Use the return label I emailed you, and you will not need to pay anything extra.',
      followUp: 'Perfect, I will send the original back tomorrow.',
    },
    fi: {
      subjects: ['Vaihto toiseen kokoon', 'Voinko vaihtaa tilaukseni toiseen väriin?'],
      openings: [
        'Tilaamani tuote {product} (tilaus {orderNumber}) on liian pieni. Voinko vaihtaa sen kokoa isompaan, ettei minun tarvitse palauttaa sitä ja tilata uudestaan?',
        'Sain tilaukseni eilen, mutta väri näyttää aivan erilaiselta kuin verkkokauppanne kuvissa. Haluaisin vaihtaa tuotteen {product} harmaaseen versioon. Onnistuuko se?',
      ],
      reply: 'Totta kai. Tein tilaukselle {orderNumber} vaihdon: korvaava tuote on varattu sinulle, ja lähetämme sen heti, kun alkuperäinen tuote on saapunut meille. Käytä sähköpostiisi lähettämääni palautuslappua, eikä vaihdosta tule sinulle lisäkuluja.',
      followUp: 'Täydellistä, lähetän alkuperäisen takaisin huomenna.',
    },
    et: {
      subjects: ['Vahetus teise suuruse vastu', 'Kas saan tellimuse teise värvi vastu vahetada?'],
      openings: [
        'Tellitud toode {product} (tellimus {orderNumber}) on liiga väike. Kas saan selle ühe numbri võrra suurema vastu vahetada, ilma et peaksin tagastama ja uuesti tellima?',
        'Sain oma tellimuse eile kätte, aga värv näeb välja hoopis teistsugune kui teie e-poe piltidel. Sooviksin toote {product} halli variandi vastu vahetada. Kas see on võimalik?',
      ],
      reply: 'Muidugi. Vormistasin tellimusele {orderNumber} vahetuse: asendustoode on teile broneeritud ja saadame selle kohe, kui originaaltoode meieni jõuab. Kasutage tagastussilti, mille teile e-postiga saatsin, ja lisatasu te maksma ei pea.',
      followUp: 'Suurepärane, saadan originaali homme tagasi.',
    },
    nb: {
      subjects: ['Bytte til en annen størrelse', 'Kan jeg bytte bestillingen til en annen farge?'],
      openings: [
        'Varen jeg bestilte, {product} (ordre {orderNumber}), er for liten. Kan jeg bytte den til en størrelse større i stedet for å returnere og bestille på nytt?',
        'Jeg fikk bestillingen min i går, men fargen ser helt annerledes ut enn på bildene i nettbutikken. Jeg vil gjerne bytte {product} til den grå varianten. Går det an?',
      ],
      reply: 'Selvsagt. Jeg har registrert et bytte på ordre {orderNumber}: erstatningsvaren er reservert til deg og sendes så snart vi har mottatt den opprinnelige varen. Bruk returlappen jeg sendte deg på e-post, så slipper du ekstra kostnader.',
      followUp: 'Perfekt, jeg sender den tilbake i morgen.',
    },
  },
  {
    id: 'order-not-arrived',
    priority: 'high', type: 'problem', group: 'Tier 1', tags: ['delivery', 'order'],
    en: {
      subjects: ['My order has not arrived', 'Where is order {orderNumber}?', 'Parcel still missing after two weeks'],
      openings: [
        'I placed order {orderNumber} on {date}, and the confirmation said delivery would take 2–4 working days. It is now almost two weeks later and nothing has arrived. Can you tell me where my parcel is?',
        'Where is my order? The tracking page has said "in transit" for over a week. I need the {product} for a trip next weekend, so I am getting worried.',
      ],
      reply: 'Sorry that your parcel is late. I checked the shipment for order {orderNumber} with the carrier: it was held at their sorting centre because the label was damaged. They have relabelled it today, and it should reach your pick-up point within two working days. If it has not arrived by then, let me know and I will send a replacement right away.',
      followUp: 'It arrived today, thank you for chasing it up!',
    },
    fi: {
      subjects: ['Tilaukseni ei ole saapunut', 'Missä tilaukseni {orderNumber} on?', 'Paketti on yhä kateissa kahden viikon jälkeen'],
      openings: [
        'Tein tilauksen {orderNumber} {date}, ja tilausvahvistuksen mukaan toimitus kestää 2–4 arkipäivää. Nyt on kulunut lähes kaksi viikkoa, eikä mitään ole tullut. Voitteko kertoa, missä pakettini on?',
        'Missä tilaukseni on? Seurantasivulla on lukenut "kuljetuksessa" jo yli viikon. Tarvitsen tuotteen {product} ensi viikonlopun matkalle, joten alan olla huolissani.',
      ],
      reply: 'Pahoittelen, että pakettisi on myöhässä. Selvitin kuljetusliikkeeltä tilauksen {orderNumber} lähetyksen: se oli jäänyt lajittelukeskukseen, koska osoitelappu oli vaurioitunut. Paketti on tänään merkitty uudelleen, ja sen pitäisi olla noutopisteessäsi kahden arkipäivän kuluessa. Jos se ei ole tullut siihen mennessä, kerro minulle, niin lähetän uuden tilalle heti.',
      followUp: 'Paketti tuli tänään, kiitos kun selvititte asiaa!',
    },
    et: {
      subjects: ['Minu tellimus pole kohale jõudnud', 'Kus on tellimus {orderNumber}?', 'Pakk on kahe nädala järel endiselt kadunud'],
      openings: [
        'Esitasin tellimuse {orderNumber} {date} ja kinnituse järgi pidi tarne võtma 2–4 tööpäeva. Nüüdseks on möödas peaaegu kaks nädalat ja midagi pole tulnud. Kas saate öelda, kus mu pakk on?',
        'Kus mu tellimus on? Jälgimislehel on juba üle nädala kirjas „teel“. Mul on toodet {product} vaja järgmise nädalavahetuse reisiks, nii et hakkan muretsema.',
      ],
      reply: 'Vabandan, et teie pakk hilineb. Uurisin vedajalt tellimuse {orderNumber} saadetise kohta: see oli jäänud sorteerimiskeskusesse, sest aadressisilt oli kahjustatud. Pakk märgistati täna uuesti ja see peaks kahe tööpäeva jooksul teie pakiautomaati jõudma. Kui seda selleks ajaks pole, andke mulle teada ja saadan kohe uue asemele.',
      followUp: 'Pakk jõudis täna kohale, aitäh, et asja uurisite!',
    },
    nb: {
      subjects: ['Bestillingen min har ikke kommet', 'Hvor er ordre {orderNumber}?', 'Pakken mangler fortsatt etter to uker'],
      openings: [
        'Jeg la inn ordre {orderNumber} {date}, og ordrebekreftelsen sa at leveringen ville ta 2–4 virkedager. Nå har det gått nesten to uker, og ingenting har kommet. Kan dere fortelle meg hvor pakken er?',
        'Hvor er bestillingen min? Sporingssiden har vist «under transport» i over en uke. Jeg trenger {product} til en tur neste helg, så jeg begynner å bli bekymret.',
      ],
      reply: 'Beklager at pakken din er forsinket. Jeg har sjekket sendingen for ordre {orderNumber} med transportøren: den ble liggende på terminalen fordi adresselappen var skadet. De har merket den på nytt i dag, og den skal være på hentestedet ditt innen to virkedager. Hvis den ikke har kommet innen da, sier du bare fra, så sender jeg en ny med en gang.',
      followUp: 'Den kom i dag, takk for at dere fulgte opp!',
    },
  },
  {
    id: 'tracking-stuck',
    priority: 'normal', type: 'question', group: 'Tier 1', tags: ['delivery', 'tracking'],
    en: {
      subjects: ['Tracking has not updated for days', 'Tracking link does not work'],
      openings: [
        'The tracking information for order {orderNumber} has not changed since {date}. Is the parcel actually on its way? I would just like to know roughly when to expect it.',
        'The tracking link in my shipping confirmation gives an error saying the shipment cannot be found. Could you send me a tracking number that works?',
      ],
      reply: 'The parcel is on its way; the carrier only updates the tracking when it is scanned at a terminal, so there can be a gap of a few days. According to the carrier, order {orderNumber} is due at your pick-up point tomorrow. I have also sent the tracking number again by email, this time with a link that goes directly to the carrier’s page.',
      followUp: 'Thanks, the new link works and shows it will be delivered tomorrow.',
    },
    fi: {
      subjects: ['Seurantatiedot eivät ole päivittyneet moneen päivään', 'Seurantalinkki ei toimi'],
      openings: [
        'Tilauksen {orderNumber} seurantatiedot eivät ole muuttuneet {date} jälkeen. Onko paketti oikeasti matkalla? Haluaisin vain tietää suunnilleen, milloin se tulee.',
        'Toimitusvahvistuksen seurantalinkki antaa virheilmoituksen, ettei lähetystä löydy. Voisitteko lähettää toimivan seurantanumeron?',
      ],
      reply: 'Paketti on matkalla. Kuljetusliike päivittää seurantatiedot vain, kun lähetys skannataan terminaalissa, joten päivitysten välillä voi olla muutaman päivän tauko. Kuljetusliikkeen mukaan tilaus {orderNumber} saapuu noutopisteeseesi huomenna. Lähetin seurantanumeron myös uudelleen sähköpostiisi, nyt linkillä, joka vie suoraan kuljetusliikkeen sivulle.',
      followUp: 'Kiitos, uusi linkki toimii ja näyttää, että paketti tulee huomenna.',
    },
    et: {
      subjects: ['Jälgimisinfo pole mitu päeva uuenenud', 'Jälgimislink ei tööta'],
      openings: [
        'Tellimuse {orderNumber} jälgimisinfo pole alates {date} muutunud. Kas pakk on ikka teel? Tahaksin lihtsalt umbes teada, millal seda oodata.',
        'Saatmiskinnituses olev jälgimislink annab vea, et saadetist ei leitud. Kas saaksite saata toimiva jälgimisnumbri?',
      ],
      reply: 'Pakk on teel. Vedaja uuendab jälgimisinfot ainult siis, kui saadetis terminalis skannitakse, seega võib uuenduste vahel olla paar päeva. Vedaja andmetel jõuab tellimus {orderNumber} homme teie pakiautomaati. Saatsin jälgimisnumbri ka uuesti teie e-postile, seekord lingiga, mis viib otse vedaja lehele.',
      followUp: 'Aitäh, uus link töötab ja näitab, et pakk tuleb homme.',
    },
    nb: {
      subjects: ['Sporingen har ikke oppdatert seg på flere dager', 'Sporingslenken virker ikke'],
      openings: [
        'Sporingsinformasjonen for ordre {orderNumber} har ikke endret seg siden {date}. Er pakken faktisk på vei? Jeg vil bare vite omtrent når jeg kan regne med den.',
        'Sporingslenken i forsendelsesbekreftelsen gir en feilmelding om at sendingen ikke finnes. Kan dere sende meg et sporingsnummer som fungerer?',
      ],
      reply: 'Pakken er på vei. Transportøren oppdaterer bare sporingen når sendingen skannes på en terminal, så det kan gå noen dager mellom hver oppdatering. Ifølge transportøren kommer ordre {orderNumber} til hentestedet ditt i morgen. Jeg har også sendt sporingsnummeret på nytt på e-post, denne gangen med en lenke som går rett til transportørens side.',
      followUp: 'Takk, den nye lenken virker og viser at pakken kommer i morgen.',
    },
  },
  {
    id: 'address-change',
    priority: 'high', type: 'task', group: 'Tier 1', tags: ['delivery', 'address-change'],
    en: {
      subjects: ['Change delivery address', 'Wrong address on order {orderNumber}'],
      openings: [
        'I just noticed that order {orderNumber} is going to my old address. I moved last month and forgot to update my account. Can you change the delivery address before it ships?',
        'Could you send my order to my office instead of my home address? I am not at home during the day, and the parcel will not fit in the letterbox.',
      ],
      reply: 'Good that you caught it in time. Order {orderNumber} had not yet left the warehouse, so I have changed the delivery address as you asked. You will receive a new shipping confirmation when the parcel is on its way. Remember to update the address in your account as well, so that future orders go to the right place.',
      followUp: 'Thanks! I have updated the address in my account too.',
    },
    fi: {
      subjects: ['Toimitusosoitteen muutos', 'Väärä osoite tilauksessa {orderNumber}'],
      openings: [
        'Huomasin juuri, että tilaus {orderNumber} on menossa vanhaan osoitteeseeni. Muutin viime kuussa enkä muistanut päivittää tietojani. Voitteko vaihtaa toimitusosoitteen ennen kuin paketti lähtee?',
        'Voisitteko lähettää tilaukseni kotiosoitteen sijaan työpaikalleni? En ole päivisin kotona, eikä paketti mahdu postiluukusta.',
      ],
      reply: 'Hyvä, että huomasit ajoissa. Tilaus {orderNumber} ei ollut vielä lähtenyt varastolta, joten vaihdoin toimitusosoitteen pyytämäksesi. Saat uuden toimitusvahvistuksen, kun paketti on matkalla. Muista päivittää osoite myös tilillesi, niin tulevat tilaukset menevät oikeaan paikkaan.',
      followUp: 'Kiitos! Päivitin osoitteen myös tililleni.',
    },
    et: {
      subjects: ['Tarneaadressi muutmine', 'Tellimusel {orderNumber} on vale aadress'],
      openings: [
        'Märkasin just, et tellimus {orderNumber} on minemas minu vanale aadressile. Kolisin eelmisel kuul ja unustasin oma andmed uuendada. Kas saate tarneaadressi muuta enne, kui pakk teele läheb?',
        'Kas saaksite mu tellimuse saata koduaadressi asemel minu töökohta? Ma ei ole päeval kodus ja pakk ei mahu postkasti.',
      ],
      reply: 'Hea, et märkasite õigel ajal. Tellimus {orderNumber} polnud veel laost välja läinud, seega muutsin tarneaadressi vastavalt teie soovile. Saate uue saatmiskinnituse, kui pakk on teel. Palun uuendage aadress ka oma kontol, et edaspidised tellimused õigesse kohta jõuaksid.',
      followUp: 'Aitäh! Uuendasin aadressi ka oma kontol.',
    },
    nb: {
      subjects: ['Endre leveringsadresse', 'Feil adresse på ordre {orderNumber}'],
      openings: [
        'Jeg så akkurat at ordre {orderNumber} skal til den gamle adressen min. Jeg flyttet forrige måned og glemte å oppdatere kontoen. Kan dere endre leveringsadressen før pakken sendes?',
        'Kan dere sende bestillingen til jobben min i stedet for hjemmeadressen? Jeg er ikke hjemme på dagtid, og pakken får ikke plass i postkassen.',
      ],
      reply: 'Bra at du oppdaget det i tide. Ordre {orderNumber} hadde ikke forlatt lageret ennå, så jeg har endret leveringsadressen slik du ba om. Du får en ny forsendelsesbekreftelse når pakken er på vei. Husk å oppdatere adressen på kontoen din også, så fremtidige bestillinger havner på riktig sted.',
      followUp: 'Takk! Jeg har oppdatert adressen på kontoen også.',
    },
  },
  {
    id: 'wrong-item',
    priority: 'normal', type: 'problem', group: 'Tier 1', tags: ['order', 'wrong-item'],
    en: {
      subjects: ['Received the wrong item', 'Order {orderNumber}: wrong product in the box'],
      openings: [
        'I ordered the {product}, but the box contained something completely different. The packing slip is correct, so the mistake must have happened in the warehouse. How do we sort this out?',
        'Order {orderNumber} arrived today, but it is not what I ordered. I have attached a photo of what was in the parcel. I would like the correct item sent as soon as possible.',
      ],
      reply: 'Apologies for the mix-up. I have sent the correct item today by express delivery at no cost to you, and you should have it within 1–2 working days. For the wrong item, I have emailed you a free return label; there is no rush to send it back.',
      followUp: 'The right item arrived this morning. Thanks for the fast fix!',
    },
    fi: {
      subjects: ['Sain väärän tuotteen', 'Tilaus {orderNumber}: paketissa väärä tuote'],
      openings: [
        'Tilasin tuotteen {product}, mutta laatikossa oli jotain aivan muuta. Lähetysluettelo on oikein, joten virhe on varmaan tapahtunut varastolla. Miten asia hoidetaan?',
        'Tilaus {orderNumber} tuli tänään, mutta se ei ole sitä, mitä tilasin. Liitin kuvan paketin sisällöstä. Haluaisin oikean tuotteen mahdollisimman pian.',
      ],
      reply: 'Pahoittelen sekaannusta. Lähetin oikean tuotteen tänään pikatoimituksena veloituksetta, joten sen pitäisi olla perillä 1–2 arkipäivässä. Väärää tuotetta varten lähetin sähköpostiisi maksuttoman palautuslapun. Palautuksella ei ole kiire.',
      followUp: 'Oikea tuote tuli tänä aamuna. Kiitos nopeasta korjauksesta!',
    },
    et: {
      subjects: ['Sain vale toote', 'Tellimus {orderNumber}: pakis oli vale toode'],
      openings: [
        'Tellisin toote {product}, aga karbis oli hoopis midagi muud. Saateleht on õige, nii et viga tekkis ilmselt laos. Kuidas me selle korda ajame?',
        'Tellimus {orderNumber} saabus täna, aga see pole see, mida ma tellisin. Lisasin foto paki sisust. Soovin õiget toodet võimalikult kiiresti.',
      ],
      reply: 'Vabandame segaduse pärast. Saatsin õige toote täna kiirkulleriga teile tasuta ja see peaks kohal olema 1–2 tööpäeva jooksul. Vale toote jaoks saatsin teile e-postiga tasuta tagastussildi, sellega pole kiiret.',
      followUp: 'Õige toode jõudis täna hommikul kohale. Aitäh kiire lahenduse eest!',
    },
    nb: {
      subjects: ['Fikk feil vare', 'Ordre {orderNumber}: feil produkt i esken'],
      openings: [
        'Jeg bestilte {product}, men i esken lå noe helt annet. Pakksedelen er riktig, så feilen må ha skjedd på lageret. Hvordan ordner vi dette?',
        'Ordre {orderNumber} kom i dag, men det er ikke det jeg bestilte. Jeg har lagt ved et bilde av innholdet i pakken. Jeg vil gjerne ha riktig vare så snart som mulig.',
      ],
      reply: 'Beklager forvekslingen. Jeg har sendt riktig vare i dag med ekspresslevering uten kostnad for deg, så den skal være fremme innen 1–2 virkedager. For feil vare har jeg sendt deg en gratis returlapp på e-post – det haster ikke å sende den tilbake.',
      followUp: 'Riktig vare kom i morges. Takk for rask ordning!',
    },
  },
  {
    id: 'missing-item',
    priority: 'normal', type: 'problem', group: 'Tier 1', tags: ['order', 'missing-item'],
    en: {
      subjects: ['Item missing from my order', 'Order {orderNumber} incomplete'],
      openings: [
        'My parcel for order {orderNumber} arrived, but the {product} was not in it, even though it is on the packing slip. The box was sealed and undamaged. Could you check what happened?',
        'Only part of my order arrived today. Is the rest coming in a separate parcel, or has something been forgotten?',
      ],
      reply: 'Thanks for letting us know. Order {orderNumber} was sent in two parcels because the {product} was shipped from a different warehouse. The second parcel is on its way and should arrive within two working days; I have sent you its tracking link by email.',
      followUp: 'Ah, that explains it. The second parcel arrived today.',
    },
    fi: {
      subjects: ['Tilauksestani puuttuu tuote', 'Tilaus {orderNumber} on vajaa'],
      openings: [
        'Tilauksen {orderNumber} paketti tuli, mutta siitä puuttui tuote {product}, vaikka se on lähetysluettelossa. Laatikko oli suljettu ja ehjä. Voisitteko tarkistaa, mitä on tapahtunut?',
        'Tilauksestani tuli tänään vain osa. Tuleeko loput erillisessä paketissa, vai onko jotain unohtunut?',
      ],
      reply: 'Kiitos, kun ilmoitit. Tilaus {orderNumber} lähetettiin kahdessa paketissa, koska tuote {product} lähti eri varastosta. Toinen paketti on matkalla ja saapuu kahden arkipäivän kuluessa. Lähetin sen seurantalinkin sähköpostiisi.',
      followUp: 'Aa, se selittää asian. Toinen paketti tuli tänään.',
    },
    et: {
      subjects: ['Tellimusest puudub toode', 'Tellimus {orderNumber} on puudulik'],
      openings: [
        'Tellimuse {orderNumber} pakk saabus, kuid sellest puudus toode {product}, kuigi see on saatelehel kirjas. Karp oli suletud ja terve. Kas saaksite kontrollida, mis juhtus?',
        'Täna saabus ainult osa minu tellimusest. Kas ülejäänu tuleb eraldi pakis või on midagi ununenud?',
      ],
      reply: 'Aitäh, et andsite teada. Tellimus {orderNumber} saadeti kahes pakis, sest toode {product} tuli teisest laost. Teine pakk on teel ja peaks kohale jõudma kahe tööpäeva jooksul; saatsin selle jälgimislingi teile e-postiga.',
      followUp: 'Ahaa, see selgitab asja. Teine pakk jõudis täna kohale.',
    },
    nb: {
      subjects: ['Det mangler en vare i bestillingen', 'Ordre {orderNumber} er ufullstendig'],
      openings: [
        'Pakken med ordre {orderNumber} kom, men {product} lå ikke i den, selv om varen står på pakksedelen. Esken var forseglet og uskadet. Kan dere sjekke hva som har skjedd?',
        'Bare en del av bestillingen min kom i dag. Kommer resten i en egen pakke, eller er noe glemt?',
      ],
      reply: 'Takk for at du sier fra. Ordre {orderNumber} ble sendt i to pakker fordi {product} ble sendt fra et annet lager. Den andre pakken er på vei og skal komme innen to virkedager; jeg har sendt deg sporingslenken på e-post.',
      followUp: 'Ah, det forklarer saken. Den andre pakken kom i dag.',
    },
  },
  {
    id: 'damaged-goods',
    priority: 'high', type: 'problem', group: 'Tier 1', tags: ['damaged', 'order', 'claim'],
    en: {
      subjects: ['Item arrived damaged', 'Broken item in my delivery', 'Damaged parcel, order {orderNumber}'],
      openings: [
        'The {product} from order {orderNumber} arrived broken. The box was crushed on one side, and the glass part had shattered. I have taken photos of both the parcel and the product. What should I do now?',
        'Unfortunately my order arrived damaged. The casing is cracked and it does not switch on. I would prefer a replacement rather than a refund, if you have one in stock.',
      ],
      reply: 'I am sorry the {product} arrived damaged. Could you send a photo or two of the damage if you have not already? That is all we need for the claim, and there is no need to return the broken item. I have already sent a replacement, and you will receive the tracking details by email.',
      followUp: 'Thank you, that was much easier than I expected. The replacement arrived in one piece.',
    },
    fi: {
      subjects: ['Tuote saapui rikkinäisenä', 'Tuote {product} tuli rikki', 'Vaurioitunut paketti, tilaus {orderNumber}'],
      openings: [
        'Tilauksen {orderNumber} tuote {product} saapui rikki. Laatikko oli toiselta sivulta ruttaantunut, ja lasiosa oli hajonnut palasiksi. Otin kuvat sekä paketista että tuotteesta. Mitä teen nyt?',
        'Valitettavasti tilaukseni tuli perille vaurioituneena. Kuori on haljennut, eikä laite käynnisty. Haluaisin mieluummin uuden tilalle kuin rahat takaisin, jos teillä on tuotetta varastossa.',
      ],
      reply: 'Ikävää, että tuote {product} saapui rikkinäisenä. Voisitko lähettää pari kuvaa vauriosta, jos et ole vielä lähettänyt? Ne riittävät reklamaatioon, eikä rikkinäistä tuotetta tarvitse palauttaa. Lähetin jo korvaavan tuotteen, ja saat seurantatiedot sähköpostiisi.',
      followUp: 'Kiitos, tämä oli paljon helpompaa kuin odotin. Uusi tuote tuli ehjänä.',
    },
    et: {
      subjects: ['Toode saabus katkisena', 'Toode {product} jõudis kohale purunenuna', 'Kahjustatud pakk, tellimus {orderNumber}'],
      openings: [
        'Tellimuse {orderNumber} toode {product} saabus katkisena. Karp oli ühelt küljelt lömmis ja klaasosa oli kildudeks. Tegin pildid nii pakist kui ka tootest. Mida ma nüüd tegema peaksin?',
        'Kahjuks saabus minu tellimus kahjustatuna. Korpus on mõranenud ja seade ei lülitu sisse. Eelistaksin raha tagastamise asemel uut toodet, kui teil seda laos on.',
      ],
      reply: 'Mul on kahju, et toode {product} saabus katkisena. Kas saaksite saata paar fotot kahjustusest, kui te pole seda veel teinud? Sellest piisab pretensiooni jaoks ja katkist toodet pole vaja tagastada. Saatsin asendustoote juba teele ja jälgimisinfo saate e-postiga.',
      followUp: 'Aitäh, see oli palju lihtsam, kui arvasin. Uus toode jõudis kohale tervena.',
    },
    nb: {
      subjects: ['Varen kom i stykker', 'Ødelagt vare i leveransen', 'Skadet pakke, ordre {orderNumber}'],
      openings: [
        '{product} fra ordre {orderNumber} kom i stykker. Esken var klemt på den ene siden, og glassdelen var knust. Jeg har tatt bilder av både pakken og produktet. Hva gjør jeg nå?',
        'Dessverre kom bestillingen min skadet fram. Dekselet har sprukket, og den slår seg ikke på. Jeg vil heller ha en ny enn å få pengene tilbake, hvis dere har den på lager.',
      ],
      reply: 'Så leit at {product} kom ødelagt fram. Kan du sende et par bilder av skaden hvis du ikke allerede har gjort det? Det er alt vi trenger for reklamasjonen, og du trenger ikke returnere den ødelagte varen. Jeg har allerede sendt en erstatning, og du får sporingsinformasjonen på e-post.',
      followUp: 'Takk, det var mye enklere enn jeg trodde. Erstatningen kom hel fram.',
    },
  },
  {
    id: 'order-cancel',
    priority: 'high', type: 'task', group: 'Tier 1', tags: ['order', 'cancellation'],
    en: {
      subjects: ['Cancel my order', 'Please cancel order {orderNumber}'],
      openings: [
        'I placed order {orderNumber} by mistake and would like to cancel it. It was only an hour ago, so hopefully it has not shipped yet.',
        'I found the same {product} cheaper elsewhere, so I would like to cancel my order. Can you confirm the cancellation and the refund of {amount}?',
      ],
      reply: 'Done: order {orderNumber} had not been packed yet, so I have cancelled it. The payment of {amount} was only reserved on your card, and the reservation will be released within a few days, depending on your bank.',
      followUp: 'Great, thanks for the quick response.',
    },
    fi: {
      subjects: ['Tilauksen peruutus', 'Peruuttakaa tilaus {orderNumber}'],
      openings: [
        'Tein tilauksen {orderNumber} vahingossa ja haluaisin perua sen. Tilasin vasta tunti sitten, joten toivottavasti sitä ei ole vielä lähetetty.',
        'Löysin saman tuotteen {product} muualta halvemmalla, joten haluaisin perua tilaukseni. Voitteko vahvistaa peruutuksen ja sen, että saan {amount} takaisin?',
      ],
      reply: 'Tehty: tilausta {orderNumber} ei ollut vielä pakattu, joten peruin sen. Summa {amount} oli vain varattuna kortiltasi, ja varaus vapautuu pankista riippuen muutamassa päivässä.',
      followUp: 'Hienoa, kiitos nopeasta vastauksesta.',
    },
    et: {
      subjects: ['Tellimuse tühistamine', 'Palun tühistage tellimus {orderNumber}'],
      openings: [
        'Esitasin tellimuse {orderNumber} kogemata ja sooviksin selle tühistada. See oli alles tund aega tagasi, nii et loodetavasti pole seda veel välja saadetud.',
        'Leidsin sama toote {product} mujalt odavamalt, seega sooviksin oma tellimuse tühistada. Kas saate kinnitada tühistamise ja summa {amount} tagastamise?',
      ],
      reply: 'Tehtud: tellimust {orderNumber} polnud veel pakitud, seega tühistasin selle. Summa {amount} oli teie kaardil ainult broneeritud ja broneering vabaneb sõltuvalt pangast mõne päeva jooksul.',
      followUp: 'Suurepärane, aitäh kiire vastuse eest.',
    },
    nb: {
      subjects: ['Kanseller bestillingen min', 'Vennligst kanseller ordre {orderNumber}'],
      openings: [
        'Jeg la inn ordre {orderNumber} ved en feil og vil gjerne kansellere den. Det er bare en time siden, så forhåpentligvis er den ikke sendt ennå.',
        'Jeg fant {product} billigere et annet sted, så jeg vil gjerne kansellere bestillingen. Kan dere bekrefte kanselleringen og at jeg får tilbake {amount}?',
      ],
      reply: 'Ordnet: ordre {orderNumber} var ikke pakket ennå, så jeg har kansellert den. Beløpet på {amount} var bare reservert på kortet ditt, og reservasjonen frigjøres i løpet av noen dager, avhengig av banken.',
      followUp: 'Flott, takk for raskt svar.',
    },
  },
  {
    id: 'backorder',
    priority: 'low', type: 'question', group: 'Tier 1', tags: ['order', 'stock'],
    en: {
      subjects: ['When will my order ship?', 'Back-ordered item in order {orderNumber}'],
      openings: [
        'My order {orderNumber} has shown "awaiting stock" for over a week. When do you expect to have the {product} back in stock? I can wait a little, but I need to know whether it is days or months.',
        'Your website said the {product} would be back in stock on {date}, but it still says sold out. Is there a new date?',
      ],
      reply: 'Thanks for your patience. Our supplier has confirmed a new delivery of the {product}, and we expect to ship your order {orderNumber} within two weeks. If that is too late, I can cancel the order and refund you in full, or you can swap it for a similar model that is in stock now.',
      followUp: 'Two weeks is fine, I will wait. Thanks for the update.',
    },
    fi: {
      subjects: ['Milloin tilaukseni lähtee?', 'Tilauksen {orderNumber} tuote on jälkitoimituksessa'],
      openings: [
        'Tilaukseni {orderNumber} tila on ollut "odottaa saapumista varastoon" jo yli viikon. Milloin tuotetta {product} on taas saatavilla? Voin odottaa vähän, mutta haluaisin tietää, onko kyse päivistä vai kuukausista.',
        'Verkkosivuillanne luki, että tuotetta {product} saapuu varastoon {date}, mutta se on yhä loppuunmyyty. Onko uutta päivämäärää tiedossa?',
      ],
      reply: 'Kiitos kärsivällisyydestäsi. Toimittajamme on vahvistanut uuden erän tuotetta {product}, ja arvioimme lähettävämme tilauksesi {orderNumber} kahden viikon sisällä. Jos se on liian myöhään, voin perua tilauksen ja hyvittää sen kokonaan, tai voit vaihtaa sen vastaavaan malliin, jota on nyt varastossa.',
      followUp: 'Kaksi viikkoa sopii, odotan. Kiitos tiedosta.',
    },
    et: {
      subjects: ['Millal mu tellimus teele läheb?', 'Tellimuse {orderNumber} toode on järeltellimisel'],
      openings: [
        'Minu tellimuse {orderNumber} olek on juba üle nädala „ootab laoseisu“. Millal toode {product} jälle laos on? Võin veidi oodata, aga tahaksin teada, kas jutt on päevadest või kuudest.',
        'Teie veebilehel oli kirjas, et toode {product} jõuab lattu {date}, kuid see on endiselt välja müüdud. Kas on uus kuupäev teada?',
      ],
      reply: 'Aitäh kannatlikkuse eest. Meie tarnija on kinnitanud toote {product} uue saadetise ja eeldame, et saadame teie tellimuse {orderNumber} teele kahe nädala jooksul. Kui see on liiga hilja, võin tellimuse tühistada ja kogu raha tagastada või saate selle vahetada sarnase mudeli vastu, mis on praegu laos.',
      followUp: 'Kaks nädalat sobib, ootan. Aitäh info eest.',
    },
    nb: {
      subjects: ['Når sendes bestillingen min?', 'Restordre på ordre {orderNumber}'],
      openings: [
        'Ordre {orderNumber} har stått som «venter på lager» i over en uke. Når regner dere med å ha {product} på lager igjen? Jeg kan vente litt, men vil gjerne vite om det er snakk om dager eller måneder.',
        'Nettsiden deres sa at {product} skulle komme på lager {date}, men den står fortsatt som utsolgt. Finnes det en ny dato?',
      ],
      reply: 'Takk for tålmodigheten. Leverandøren vår har bekreftet en ny leveranse av {product}, og vi regner med å sende ordre {orderNumber} innen to uker. Hvis det er for sent, kan jeg kansellere bestillingen og refundere hele beløpet, eller du kan bytte til en lignende modell som er på lager nå.',
      followUp: 'To uker går fint, jeg venter. Takk for oppdateringen.',
    },
  },
];
