//! The words a generated organisation is made of: people's names, places,
//! titles, skills and units, and what people write, in Finnish, Swedish,
//! Estonian, Dutch and English.

/// One of the cultures a generated person comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Culture {
    Fi,
    Sv,
    Et,
    Nl,
    En,
}

impl Culture {
    /// How an organisation of the Nordics and the Baltics is mixed: mostly
    /// Finnish, then Swedish, Estonian and Dutch offices, some English.
    pub const MIX: [(Culture, u32); 5] = [
        (Culture::Fi, 50),
        (Culture::Sv, 20),
        (Culture::Et, 12),
        (Culture::Nl, 12),
        (Culture::En, 6),
    ];

    pub fn code(self) -> &'static str {
        match self {
            Culture::Fi => "fi",
            Culture::Sv => "sv",
            Culture::Et => "et",
            Culture::Nl => "nl",
            Culture::En => "en",
        }
    }

    pub fn first_names(self) -> &'static [&'static str] {
        match self {
            Culture::Fi => &[
                "Aino", "Anna", "Emma", "Helmi", "Juho", "Mikko", "Matti", "Laura", "Sanna",
                "Pekka", "Timo", "Jukka", "Kaisa", "Liisa", "Ville", "Antti", "Elina", "Tiina",
                "Heikki", "Outi", "Riikka", "Janne", "Otto", "Veera", "Eetu", "Noora", "Päivi",
                "Jyrki", "Satu", "Tuomas", "Minna", "Ilkka", "Hanna", "Olli", "Kirsi", "Petri",
                "Eija",
            ],
            Culture::Sv => &[
                "Erik", "Lars", "Karin", "Anna", "Eva", "Maria", "Johan", "Sven", "Ingrid",
                "Astrid", "Oskar", "Elsa", "Linnea", "Gustav", "Björn", "Åsa", "Ulla", "Magnus",
                "Sofia", "Henrik", "Frida", "Nils", "Maja", "Per",
            ],
            Culture::Et => &[
                "Mari", "Kadri", "Liis", "Triin", "Kristi", "Andres", "Jaan", "Mart", "Toomas",
                "Rein", "Tõnis", "Ülle", "Õie", "Siim", "Kaspar", "Kertu", "Madis", "Piret",
                "Urmas",
            ],
            Culture::Nl => &[
                "Daan", "Sem", "Lucas", "Emma", "Julia", "Sophie", "Lotte", "Bram", "Thijs",
                "Femke", "Sanne", "Joris", "Pieter", "Anouk", "Maarten", "Inge", "Ruben", "Eva",
            ],
            Culture::En => &[
                "James", "Oliver", "Emily", "Sarah", "Michael", "David", "Laura", "Rachel",
                "Thomas", "Hannah", "Grace", "Daniel",
            ],
        }
    }

    pub fn last_names(self) -> &'static [&'static str] {
        match self {
            Culture::Fi => &[
                "Virtanen",
                "Korhonen",
                "Mäkinen",
                "Nieminen",
                "Mäkelä",
                "Hämäläinen",
                "Laine",
                "Heikkinen",
                "Koskinen",
                "Järvinen",
                "Lehtonen",
                "Lehtinen",
                "Saarinen",
                "Salminen",
                "Heinonen",
                "Niemi",
                "Heikkilä",
                "Kinnunen",
                "Salonen",
                "Turunen",
                "Öhman",
                "Äijälä",
                "Rantanen",
                "Karjalainen",
                "Pitkänen",
                "Lindroos",
                "Väisänen",
                "Ahonen",
            ],
            Culture::Sv => &[
                "Andersson",
                "Johansson",
                "Karlsson",
                "Nilsson",
                "Eriksson",
                "Larsson",
                "Olsson",
                "Persson",
                "Svensson",
                "Lindqvist",
                "Åberg",
                "Öberg",
                "Ekström",
                "Sjöberg",
                "Lindholm",
                "Holmström",
                "Björk",
                "Wallin",
            ],
            Culture::Et => &[
                "Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn",
                "Koppel", "Õun", "Lepik", "Kõiv", "Raudsepp", "Šmidt", "Ülper", "Vaher",
            ],
            Culture::Nl => &[
                "de Jong",
                "Jansen",
                "de Vries",
                "van den Berg",
                "van Dijk",
                "Bakker",
                "Janssen",
                "Visser",
                "Smit",
                "Meijer",
                "de Boer",
                "Mulder",
                "Bos",
                "Vos",
                "Dekker",
            ],
            Culture::En => &[
                "Smith", "Brown", "Taylor", "Wilson", "Johnson", "Clarke", "Walker", "Wright",
                "Green", "Hughes",
            ],
        }
    }

    pub fn places(self) -> &'static [&'static str] {
        match self {
            Culture::Fi => &[
                "Helsinki",
                "Tampere",
                "Turku",
                "Oulu",
                "Jyväskylä",
                "Kuopio",
                "Espoo",
                "Vaasa",
            ],
            Culture::Sv => &["Stockholm", "Göteborg", "Malmö", "Uppsala"],
            Culture::Et => &["Tallinn", "Tartu", "Pärnu"],
            Culture::Nl => &["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven"],
            Culture::En => &["London", "Helsinki", "Stockholm"],
        }
    }

    pub fn phone_prefix(self) -> &'static str {
        match self {
            Culture::Fi => "+358 40",
            Culture::Sv => "+46 70",
            Culture::Et => "+372 5",
            Culture::Nl => "+31 6",
            Culture::En => "+44 7700",
        }
    }

    pub fn company(self) -> &'static str {
        match self {
            Culture::Fi => "Revontuli Oy",
            Culture::Sv => "Revontuli Sverige AB",
            Culture::Et => "Revontuli Eesti OÜ",
            Culture::Nl => "Revontuli Nederland B.V.",
            Culture::En => "Revontuli UK Ltd",
        }
    }

    /// Department names in the company's language.
    pub fn departments(self) -> &'static [&'static str] {
        match self {
            Culture::Fi => &[
                "Talous",
                "Henkilöstö",
                "IT",
                "Myynti",
                "Markkinointi",
                "Tuotekehitys",
                "Asiakaspalvelu",
                "Logistiikka",
                "Työterveys ja -turvallisuus",
            ],
            Culture::Sv => &[
                "Ekonomi",
                "HR",
                "IT",
                "Försäljning",
                "Marknadsföring",
                "Produktutveckling",
                "Kundtjänst",
                "Logistik",
            ],
            Culture::Et => &[
                "Raamatupidamine",
                "Personal",
                "IT",
                "Müük",
                "Turundus",
                "Tootearendus",
                "Klienditugi",
            ],
            Culture::Nl => &[
                "Financiën",
                "HR",
                "IT",
                "Verkoop",
                "Marketing",
                "Productontwikkeling",
                "Klantenservice",
                "Logistiek",
            ],
            Culture::En => &["Finance", "People", "Sales", "Marketing"],
        }
    }

    pub fn titles(self) -> &'static [&'static str] {
        match self {
            Culture::Fi => &[
                "Ohjelmistokehittäjä",
                "Controller",
                "HR-asiantuntija",
                "Myyntipäällikkö",
                "Projektipäällikkö",
                "Palvelumuotoilija",
                "Kirjanpitäjä",
                "Logistiikkakoordinaattori",
                "Asiakaspalvelija",
                "Työsuojeluvaltuutettu",
                "Markkinointiasiantuntija",
                "Tiiminvetäjä",
            ],
            Culture::Sv => &[
                "Systemutvecklare",
                "Controller",
                "HR-specialist",
                "Försäljningschef",
                "Projektledare",
                "UX-designer",
                "Redovisningsekonom",
                "Kundtjänstmedarbetare",
            ],
            Culture::Et => &[
                "Tarkvaraarendaja",
                "Raamatupidaja",
                "Personalispetsialist",
                "Müügijuht",
                "Projektijuht",
                "Klienditoe spetsialist",
            ],
            Culture::Nl => &[
                "Softwareontwikkelaar",
                "Controller",
                "HR-adviseur",
                "Salesmanager",
                "Projectleider",
                "UX-ontwerper",
                "Boekhouder",
                "Klantenservicemedewerker",
            ],
            Culture::En => &[
                "Software Engineer",
                "Account Manager",
                "Designer",
                "Analyst",
            ],
        }
    }

    /// Skills people of this office list, in their language or as terms of the trade.
    pub fn skills(self) -> &'static [&'static str] {
        match self {
            Culture::Fi => &[
                "Projektinhallinta",
                "Työturvallisuus",
                "Työterveyshuolto",
                "Kirjanpito",
                "Budjetointi",
                "Asiakaspalvelu",
                "Hankinnat",
                "Rekrytointi",
                "Johtaminen",
                "Palvelumuotoilu",
            ],
            Culture::Sv => &[
                "Projektledning",
                "Redovisning",
                "Inköp",
                "Arbetsmiljö",
                "Rekrytering",
                "Ledarskap",
                "Kundvård",
            ],
            Culture::Et => &[
                "Raamatupidamine",
                "Projektijuhtimine",
                "Müük",
                "Personalitöö",
                "Klienditeenindus",
            ],
            Culture::Nl => &[
                "Projectmanagement",
                "Boekhouding",
                "Ziekteverzuim",
                "Arbeidsrecht",
                "Inkoop",
                "Leiderschap",
            ],
            Culture::En => &["Project management", "Negotiation", "Public speaking"],
        }
    }
}

/// Skills everyone might have, whatever the office.
pub const COMMON_SKILLS: [&str; 22] = [
    "SAP",
    "SAP HANA",
    "ABAP",
    "Excel",
    "Power BI",
    "Python",
    "Java",
    "Rust",
    "SQL",
    "Kubernetes",
    "AWS",
    "Azure",
    "GDPR",
    "Tietoturva",
    "Scrum",
    "Lean",
    "ISO 9001",
    "AutoCAD",
    "SolidWorks",
    "UX",
    "Salesforce",
    "TypeScript",
];

/// Topics people tag posts with.
pub const TOPICS: [&str; 18] = [
    "tiedote",
    "kahvi",
    "turvallisuus",
    "rekrytointi",
    "asiakas",
    "julkaisu",
    "koulutus",
    "työhyvinvointi",
    "sprint",
    "budjetti",
    "strategia",
    "kehitys",
    "nyheter",
    "aitäh",
    "nieuws",
    "feedback",
    "onboarding",
    "tapahtuma",
];

/// Names of spaces: teams, projects, interests, partners.
pub const SPACE_NAMES: [&str; 30] = [
    "Tuotekehitys",
    "Myynti Pohjoismaat",
    "Kahvihuone",
    "Työhyvinvointi",
    "IT-tuki",
    "Johtoryhmä",
    "Hallitus",
    "Rekrytointi",
    "Projekti Aurora",
    "Projekti Kaamos",
    "Asiakaskokemus",
    "Laatu ja ISO",
    "Turvallisuus",
    "Uudet työntekijät",
    "Juoksuporukka",
    "Valokuvaus",
    "Kumppaniprojekti Nord",
    "Toimittajayhteistyö",
    "Ekonomi Sverige",
    "Kontoret i Göteborg",
    "Tallinna kontor",
    "Kantoor Utrecht",
    "Data & analytiikka",
    "Markkinointi",
    "Tapahtumat",
    "Hankinnat",
    "Arkkitehtuuri",
    "Pilvipalvelut",
    "Kehityskeskustelut",
    "Lounasseura",
];

/// What people write, per language: `{topic}` is a `#topic`, `{thing}` a word of
/// the trade, `{place}` a town.
pub fn post_templates(c: Culture) -> &'static [&'static str] {
    match c {
        Culture::Fi => &[
            "Huomenta! Viikon tärkein asia: **{thing}**. Palataan tähän perjantain palaverissa. {topic}",
            "Kiitos kaikille eilisestä! Erityisesti {thing}-työpaja {place}ssa sai hyvää palautetta. {topic}",
            "Onko kenelläkään kokemusta aiheesta {thing}? Etsin sparrausapua ensi viikolle. {topic}",
            "Muistutus: {thing}-koulutus alkaa torstaina klo 9. Ilmoittautuminen intrassa. {topic}",
            "Uusi ohje julkaistu: {thing}. Lue ja kommentoi, jos jokin on epäselvää. {topic}",
            "Tiimimme sai valmiiksi {thing}-projektin ensimmäisen vaiheen. Hieno suoritus! {topic}",
            "Talossa on tänään kakkua, tervetuloa kahville! {topic}",
        ],
        Culture::Sv => &[
            "God morgon! Veckans viktigaste fråga: **{thing}**. Vi tar upp det på fredagsmötet. {topic}",
            "Tack alla för igår! Workshopen om {thing} i {place} fick fint betyg. {topic}",
            "Har någon erfarenhet av {thing}? Jag behöver bolla idéer nästa vecka. {topic}",
            "Påminnelse: utbildningen i {thing} börjar på torsdag kl. 9. {topic}",
            "Nu är första fasen av {thing}-projektet klar. Bra jobbat alla! {topic}",
        ],
        Culture::Et => &[
            "Tere hommikust! Selle nädala tähtsaim teema: **{thing}**. Arutame reedesel koosolekul. {topic}",
            "Aitäh kõigile eilse eest! {thing} töötuba {place} linnas sai head tagasisidet. {topic}",
            "Kas kellelgi on kogemusi teemal {thing}? Vajan järgmisel nädalal nõu. {topic}",
            "Meeldetuletus: {thing} koolitus algab neljapäeval kell 9. {topic}",
        ],
        Culture::Nl => &[
            "Goedemorgen! Het belangrijkste van deze week: **{thing}**. We bespreken het vrijdag. {topic}",
            "Bedankt allemaal voor gisteren! De workshop over {thing} in {place} was een succes. {topic}",
            "Heeft iemand ervaring met {thing}? Ik zoek volgende week een sparringpartner. {topic}",
            "Herinnering: de training {thing} begint donderdag om 9 uur. {topic}",
        ],
        Culture::En => &[
            "Morning all! The one thing this week: **{thing}**. We'll go through it on Friday. {topic}",
            "Thanks everyone for yesterday, the {thing} workshop in {place} went really well. {topic}",
            "Does anyone have experience with {thing}? Looking for a sounding board next week. {topic}",
        ],
    }
}

/// Replies people leave, per language.
pub fn comments(c: Culture) -> &'static [&'static str] {
    match c {
        Culture::Fi => &[
            "Kiitos tiedosta!",
            "Hyvä pointti, samaa mieltä.",
            "Osallistun mielelläni.",
            "Voisitko jakaa vielä diat?",
            "Mahtavaa työtä!",
            "Palataan tähän palaverissa.",
            "Tämä auttoi paljon, kiitos.",
        ],
        Culture::Sv => &[
            "Tack för infon!",
            "Bra poäng.",
            "Jag är med!",
            "Kan du dela bilderna?",
            "Snyggt jobbat!",
        ],
        Culture::Et => &[
            "Aitäh info eest!",
            "Hea mõte.",
            "Olen kindlasti kohal.",
            "Suurepärane töö!",
        ],
        Culture::Nl => &[
            "Dank je voor de info!",
            "Goed punt.",
            "Ik doe mee!",
            "Kun je de slides delen?",
            "Mooi werk!",
        ],
        Culture::En => &[
            "Thanks for sharing!",
            "Good point.",
            "Count me in.",
            "Great work!",
        ],
    }
}

/// The wiki pages seeded: `(space name, title, parent title, Markdown)`. Each
/// space's handbook is in the language its people write.
pub const WIKI_PAGES: &[(&str, &str, Option<&str>, &str)] = &[
    (
        "Työhyvinvointi",
        "Työterveyshuolto",
        None,
        "Työterveyshuoltomme palvelut ovat kaikkien vakituisten ja määräaikaisten \
         työntekijöiden käytössä.\n\n\
         ## Näin varaat ajan\n\n\
         - Soita työterveysaseman ajanvaraukseen arkisin klo 7–16.\n\
         - Tai varaa aika sähköisesti työterveyshuollon verkkopalvelussa.\n\n\
         ## Mitä työterveyshuolto kattaa\n\n\
         | Palvelu | Sisältyy |\n|---|---|\n\
         | Työterveyslääkärin ja -hoitajan vastaanotto | Kyllä |\n\
         | Laboratorio- ja kuvantamistutkimukset lähetteellä | Kyllä |\n\
         | Työfysioterapeutti ja ergonomiakäynnit | Kyllä |\n\
         | Hammashoito | Ei |\n\n\
         Kysyttävää? Ota yhteyttä henkilöstöhallintoon.",
    ),
    (
        "Työhyvinvointi",
        "Sairauspoissaolot",
        Some("Työterveyshuolto"),
        "Ilmoita sairastumisesta esihenkilöllesi ennen työvuoron alkua.\n\n\
         1. Kolmeen päivään asti riittää oma ilmoitus.\n\
         2. Pidemmästä poissaolosta tarvitaan työterveyshuollon todistus.\n\
         3. Lapsen sairastuessa voit olla kotona enintään neljä päivää kerrallaan.",
    ),
    (
        "Työhyvinvointi",
        "Ergonomia etätyössä",
        Some("Työterveyshuolto"),
        "Työfysioterapeutti auttaa kotityöpisteen säädöissä. Lainaa tarvittaessa \
         näyttö, näppäimistö ja hiiri IT-tuesta.",
    ),
    (
        "IT-tuki",
        "Salasanan vaihto",
        None,
        "Salasana vaihdetaan 180 päivän välein. Käytä vähintään 14 merkin salalausetta \
         ja ota kaksivaiheinen tunnistus käyttöön.",
    ),
    (
        "IT-tuki",
        "VPN-yhteys",
        None,
        "Etäyhteys avataan VPN-sovelluksella. Jos yhteys ei aukea, käynnistä kone \
         uudelleen ja tee tukipyyntö.",
    ),
    (
        "Uudet työntekijät",
        "Perehdytys",
        None,
        "Tervetuloa taloon! Tältä sivulta löydät ensimmäisten viikkojesi tärkeimmät asiat.",
    ),
    (
        "Uudet työntekijät",
        "Ensimmäinen päivä",
        Some("Perehdytys"),
        "Saat kulkukortin ja tietokoneen aulasta klo 9. Esihenkilösi esittelee tiimin \
         ja työterveyshuollon palvelut.",
    ),
    (
        "Kontoret i Göteborg",
        "Kontorsrutiner",
        None,
        "Kontoret är öppet 7–18. Boka mötesrum i kalendern och städa efter dig i köket.",
    ),
    (
        "Tallinna kontor",
        "Töötervishoid",
        None,
        "Töötervishoiu arsti juurde saab aja broneerida personaliosakonna kaudu. \
         Tervisekontroll toimub iga kahe aasta järel.",
    ),
    (
        "Kantoor Utrecht",
        "Ziekteverzuim melden",
        None,
        "Meld je ziek vóór 9 uur bij je leidinggevende. Bij ziekteverzuim langer dan \
         een week neemt de bedrijfsarts contact met je op.",
    ),
];
