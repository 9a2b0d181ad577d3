"""Word lists and thresholds of the author rules, per language. Plain data, imports nothing.

The lists of all languages are used together: German pages quote English link texts and the
other way round, and a generic "mehr" is as unhelpful on an English page.
"""

THRESHOLDS = {
    "alt_max_chars": 150,  # Editoria11y warns at 160, Sa11y at 150
    "heading_max_chars": 120,
    "bold_heading_max_chars": 120,
    "blockquote_min_chars": 25,
    "caps_min_words": 4,
    "caps_min_letters": 16,
    "passage_min_words": 5,
}

GENERIC_LINK_TEXT = {
    "de": """hier | hier klicken | klicken sie hier | hier entlang | klick | klicken | mehr | mehr dazu |
        mehr erfahren | mehr lesen | mehr infos | mehr informationen | weitere informationen |
        weitere infos | weiter | weiterlesen | weiter lesen | zum artikel | zur seite | link |
        dieser link | details | info | infos | download | herunterladen | lesen | ansehen |
        jetzt lesen | seite | hier lesen | hier herunterladen | zum download""",
    "en": """here | click here | click | tap here | more | read more | learn more | more info |
        more information | find out more | continue | continue reading | go | link | this link |
        this | details | info | download | read | view | see more | this page | page""",
}

# Alt texts that say nothing about the picture.
ALT_PLACEHOLDERS = {
    "de": """bild | foto | grafik | abbildung | illustration | platzhalter | logo | symbol | icon |
        titelbild | vorschaubild | unbenannt | ohne titel | alt | alternativtext""",
    "en": """image | img | photo | picture | graphic | illustration | placeholder | logo | icon |
        spacer | untitled | blank | alt | alt text | tbd | todo | to do | thumbnail""",
}
# Leading words that screen readers make redundant ("Bild von …").
ALT_REDUNDANT_PREFIXES = {
    "de": ("bild von", "bild:", "foto von", "foto:", "grafik:", "grafik von", "abbildung:", "abbildung von"),
    "en": ("image of", "image:", "picture of", "picture:", "photo of", "photo:", "graphic of", "graphic:"),
}

IMAGE_EXTENSIONS = ("jpg", "jpeg", "png", "gif", "svg", "webp", "bmp", "tif", "tiff", "heic", "avif")

# Document links that should say their type and size.
FILE_TYPES = {
    "pdf": ("pdf",),
    "doc": ("word", "doc"),
    "docx": ("word", "docx", "doc"),
    "odt": ("odt", "opendocument", "writer"),
    "rtf": ("rtf",),
    "xls": ("excel", "xls"),
    "xlsx": ("excel", "xlsx", "xls"),
    "ods": ("ods", "opendocument", "calc"),
    "csv": ("csv",),
    "ppt": ("powerpoint", "ppt"),
    "pptx": ("powerpoint", "pptx", "ppt"),
    "odp": ("odp", "opendocument", "impress"),
    "zip": ("zip",),
    "epub": ("epub",),
    "mp3": ("mp3", "audio"),
    "mp4": ("mp4", "video"),
}

NEW_WINDOW_HINTS = (
    "neues fenster",
    "neuem fenster",
    "neuen fenster",
    "neuer tab",
    "neuen tab",
    "neuem tab",
    "öffnet in",
    "öffnet sich",
    "externer link",
    "externe seite",
    "new window",
    "new tab",
    "opens in",
    "external link",
    "external site",
)

# Frequent function words that belong to one language only (words shared between them removed).
FUNCTION_WORDS = {
    "de": """der die das den dem des ein eine einer einem einen und oder aber ist sind war waren
        wird werden wurde nicht auch mit für von zu auf bei nach aus um wie wir sie ich er es
        ihr uns sich noch nur wenn dass weil sehr schon mehr kann können muss müssen hat haben
        im zum zur vom beim über unter durch gegen ohne alle diese dieser dieses jetzt hier
        dort heute gibt viele neue mich dich mein dein unsere""",
    "en": """the a of and or but is are were be been being has have had not with for from to on
        at by this that these those which who whom what when where why how we you they he she it
        its our their my your can could would should must shall may might there here than then
        into about over under all any some many more most other such only also just very""",
    "fr": """le la les un une des et ou mais est sont était être avec pour dans sur par ce
        cette ces qui que quoi nous vous ils elles je tu il elle pas plus très aussi leur leurs
        notre votre mon ton son au aux""",
    "es": """el la los las un una unos unas y o pero es son era ser con para por en sobre este
        esta estos estas que quien nosotros vosotros ellos ellas yo tú él ella no más muy también
        su sus nuestro del al""",
    "it": """il lo la gli le un uno una e o ma è sono era essere con per su questo questa questi
        che chi noi voi loro io tu lui lei non più molto anche suo sua nostro del della dei""",
    "tr": """ve veya ama bir bu şu ile için gibi çok daha mi mı mu mü ne nasıl neden
        ben sen biz siz onlar var yok değil olan olarak kadar sonra önce""",
}

LANGUAGE_NAMES = {
    "de": ("Deutsch", "German"),
    "en": ("Englisch", "English"),
    "fr": ("Französisch", "French"),
    "es": ("Spanisch", "Spanish"),
    "it": ("Italienisch", "Italian"),
    "tr": ("Türkisch", "Turkish"),
    "ru": ("Russisch oder Ukrainisch (kyrillische Schrift)", "Russian or Ukrainian (Cyrillic script)"),
    "ar": ("Arabisch oder Persisch (arabische Schrift)", "Arabic or Persian (Arabic script)"),
}


def exclusive_words(table: dict[str, str]) -> dict[str, frozenset[str]]:
    """Each language's words without those that occur in another language's list too."""
    sets = {lang: frozenset(text.split()) for lang, text in table.items()}
    return {
        lang: words - frozenset().union(*(other for name, other in sets.items() if name != lang))
        for lang, words in sets.items()
    }


def phrases(table: dict[str, str]) -> frozenset[str]:
    """All phrases of a "a | b | c" table, normalised to single spaces and lower case."""
    return frozenset(
        " ".join(item.split()).lower() for text in table.values() for item in text.split("|") if item.strip()
    )
