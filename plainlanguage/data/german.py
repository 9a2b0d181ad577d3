"""German word lists: abbreviations, months, numerals, function words."""

# Abbreviations with their written-out form. Keys are lower case, spaces removed ("z.b.").
ABBREVIATIONS = {
    "z.b.": "zum Beispiel",
    "d.h.": "das heißt",
    "u.a.": "unter anderem",
    "o.ä.": "oder Ähnliches",
    "z.t.": "zum Teil",
    "u.u.": "unter Umständen",
    "i.d.r.": "in der Regel",
    "v.a.": "vor allem",
    "u.v.m.": "und vieles mehr",
    "s.o.": "siehe oben",
    "s.u.": "siehe unten",
    "bzw.": "oder",
    "usw.": "und so weiter",
    "etc.": "und so weiter",
    "ca.": "ungefähr",
    "nr.": "Nummer",
    "str.": "Straße",
    "dr.": "Doktor",
    "prof.": "Professor",
    "ggf.": "wenn nötig",
    "inkl.": "mit",
    "evtl.": "vielleicht",
    "vgl.": "siehe",
    "bspw.": "zum Beispiel",
    "sog.": "so genannt",
    "tel.": "Telefon",
    "mio.": "Millionen",
    "mrd.": "Milliarden",
    "abs.": "Absatz",
    "jh.": "Jahrhundert",
    "insb.": "besonders",
    "zzgl.": "und dazu",
    "max.": "höchstens",
    "min.": "mindestens",
    "mind.": "mindestens",
    "hrsg.": "herausgegeben von",
    "allg.": "allgemein",
    "gem.": "nach",
    "lt.": "nach",
    "zzt.": "zurzeit",
    "z.zt.": "zurzeit",
    "geb.": "geboren",
    "ehem.": "früher",
    "ggü.": "gegenüber",
    "feb.": "Februar",
    "febr.": "Februar",
    "aug.": "August",
    "sept.": "September",
    "okt.": "Oktober",
    "nov.": "November",
    "dez.": "Dezember",
    "mo.": "Montag",
    "di.": "Dienstag",
    "mi.": "Mittwoch",
}

# Abbreviations after which a full stop never ends a sentence ("Nr. 5", "Dr. Müller").
ABBREVIATIONS_NOT_ENDING = frozenset(
    "z b d h u a o ä t i r v s nr dr prof ca vgl sog bzw ggf inkl evtl bspw tel abs str hrsg gem lt "
    "geb ehem ggü insb zzgl max min mind allg st jan feb febr aug sept okt nov dez mo di mi do fr sa "
    "mio mrd jh".split()
)

# Short words written in capitals that are ordinary words or well known, not abbreviations to explain.
ACRONYMS_KNOWN = frozenset("OK TV DVD CD USB WLAN PC SMS PDF ID".split())
# Acronyms with a known explanation.
ACRONYMS = {
    "EU": "Europäische Union",
    "ÖPNV": "Bus und Bahn",
    "DB": "Deutsche Bahn",
    "BRD": "Deutschland",
    "BAMF": "Bundes·amt für Migration und Flüchtlinge",
    "DaZ": "Deutsch als Zweit·sprache",
    "VHS": "Volks·hochschule",
    "AG": "Arbeits·gruppe",
    "BVG": "Verkehrs·betriebe",
    "DVB": "Dresdner Verkehrs·betriebe",
    "LHD": "Landes·hauptstadt Dresden",
    "GmbH": "Firma",
    "MwSt": "Mehr·wert·steuer",
    "Kita": "Kinder·tages·stätte",
}

MONTHS = ("januar februar märz april mai juni juli august september oktober november dezember jänner").split()
MONTH_NAMES = [m.capitalize() for m in MONTHS[:12]]

# Words before a number that make "3." an ordinal ("am 3. Mai", "der 2. Teil") rather than a sentence end.
ORDINAL_CONTEXT = frozenset(
    "am vom bis zum zur ab den dem der die das des im seit jeden jedem jeder ihr ihre sein seine "
    "ihrem seinem unser unsere".split()
)

NUMBER_WORDS = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
    "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
    "neunzig": 90, "hundert": 100, "tausend": 1000,
}  # fmt: skip

NEGATIONS = frozenset(
    "nicht kein keine keinen keinem keiner keines nie niemals niemand niemanden niemandem nichts "
    "nirgends nirgendwo weder".split()
)

ARTICLES = frozenset(
    "der die das den dem des ein eine einen einem einer eines mein meine meinen meinem meiner "
    "dein deine deinen deinem deiner sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer "
    "unser unsere unseren unserem unserer euer eure euren eurem eurer kein keine keinen keinem "
    "keiner dieser diese diesen diesem dieses jeder jede jeden jedem jedes alle allen".split()
)

# Compound splitting: parts that are prefixes or suffixes, not words of their own in a compound.
COMPOUND_BAD_LEFT = frozenset(
    "ab an auf aus bei da dar durch ein ent er fest gegen her hin hinter miss mit nach neben über "
    "um un unter ur ver vor voll weg weiter wider wieder zer zu zurück zusammen zwischen be ge "
    "all eigen selbst sonder viel unterm überm vorm hinterm ans aufs ins im am zum zur vom beim".split()
)
COMPOUND_BAD_RIGHT = frozenset(
    "ung heit keit schaft lich ling nis tum chen lein isch ig bar sam haft ern ien ten ter ner "
    "tion sion tät ismus ist istin ende enden ungen innen inne ion ionen nen".split()
)
# Linking elements between the parts of a compound ("Arbeit-s-platz", "Straße-n-bahn").
COMPOUND_LINKS = ("s", "es", "n", "en", "e", "er", "ns")

# Names of countries, continents and German Länder: names are written as they are, never split
# ("Deutschland", not "Deutsch·land"), also when inflected ("Deutschlands").
PLACE_NAMES = frozenset(
    """afghanistan ägypten albanien algerien andorra angola argentinien armenien aserbaidschan
    äthiopien australien bangladesch belarus belgien bolivien bosnien botswana brasilien bulgarien
    burundi chile china dänemark deutschland ecuador england eritrea estland finnland frankreich
    gambia georgien ghana griechenland großbritannien guinea indien indonesien irak iran irland
    island israel italien jamaika japan jemen jordanien kambodscha kamerun kanada kasachstan kenia
    kirgisistan kolumbien kongo korea kosovo kroatien kuba kuwait laos lettland libanon liberia
    libyen liechtenstein litauen luxemburg madagaskar malaysia mali malta marokko mauretanien
    mexiko moldau moldawien monaco mongolei montenegro mosambik myanmar namibia nepal neuseeland
    nicaragua niederlande niger nigeria nordirland nordkorea nordmazedonien norwegen oman
    österreich pakistan palästina panama paraguay peru philippinen polen portugal ruanda rumänien
    russland sambia schottland schweden schweiz senegal serbien simbabwe singapur slowakei
    slowenien somalia spanien sudan südafrika südkorea südsudan syrien tadschikistan taiwan
    tansania thailand togo tschad tschechien tunesien türkei turkmenistan uganda ukraine ungarn
    uruguay usbekistan venezuela vietnam wales weißrussland
    europa afrika asien amerika nordamerika südamerika mittelamerika lateinamerika ozeanien
    antarktis arktis
    baden bayern berlin brandenburg bremen hamburg hessen mecklenburg niedersachsen nordrhein
    pfalz rheinland saarland sachsen anhalt schleswig holstein thüringen vorpommern westfalen
    württemberg""".split()
)

# Everyday German for common foreign words (used when the text does not explain the word).
FOREIGN_REPLACEMENTS = {
    "workshop": "Arbeits·treffen", "meeting": "Treffen", "feedback": "Rück·meldung",
    "community": "Gemeinschaft", "event": "Veranstaltung", "ticket": "Fahr·karte",
    "team": "Gruppe", "job": "Arbeit", "know-how": "Wissen", "download": "herunter·laden",
    "online": "im Internet", "homepage": "Internet·seite", "website": "Internet·seite",
    "deadline": "letzter Tag", "update": "neue Version", "flyer": "Info·blatt",
    "partizipation": "Mit·machen", "inklusion": "alle machen mit", "diversität": "Vielfalt",
    "kommunikation": "Gespräch", "integration": "Zusammen·leben", "migration": "Zu·wanderung",
}  # fmt: skip
# Phrases that explain the word before them ("Inklusion heißt: ...").
EXPLAINING = frozenset("heißt bedeutet bedeuten heißen meint".split())
