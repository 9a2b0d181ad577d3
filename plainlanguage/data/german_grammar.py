"""German verb forms and clause words for the grammar rules (lower case)."""

WERDEN = frozenset("wird werden wurde wurden wurdest wurdet worden werdet wirst".split())

# Common Präteritum forms (strong, mixed and frequent weak verbs); werden forms are left to the
# passive rule, "sollte" counts as subjunctive.
PRETERITE = frozenset(
    """war warst waren wart hatte hattest hatten hattet ging gingen kam kamen sah sahen gab gaben
    nahm nahmen stand standen lag lagen saß saßen fand fanden blieb blieben schrieb schrieben rief
    riefen lief liefen fiel fielen hielt hielten ließ ließen trug trugen fuhr fuhren flog flogen zog
    zogen bot boten schlug schlugen sprach sprachen traf trafen trat traten aß aßen trank tranken
    sang sangen sprang sprangen schwamm schwammen half halfen starb starben warf warfen wuchs wuchsen
    schlief schliefen begann begannen gewann gewannen stieg stiegen schwieg schwiegen schien schienen
    lud luden fror bat baten tat taten brachte brachten dachte dachten wusste wussten kannte kannten
    nannte nannten rannte rannten brannte brannten konnte konntest konnten musste musstest mussten
    durfte durften wollte wolltest wollten mochte mochten sagte sagten machte machten fragte fragten
    lebte lebten wohnte wohnten arbeitete arbeiteten spielte spielten zeigte zeigten glaubte glaubten
    brauchte brauchten kaufte kauften suchte suchten hörte hörten lernte lernten lachte lachten
    weinte weinten holte holten legte legten stellte stellten setzte setzten baute bauten fühlte
    fühlten freute freuten antwortete antworteten erzählte erzählten merkte merkten dauerte
    wartete warteten folgte folgten führte führten gehörte gehörten schaute schauten öffnete
    öffneten heiratete heirateten liebte liebten wünschte wünschten erhielt erhielten bekam bekamen
    verließ verließen erfuhr erfuhren entschied entschieden beschloss beschlossen gelang fing fingen
    hing hingen log rieb schob schoss sank schnitt schritt stahl stritt trieb vergaß verschwand wies
    wog zwang floh flohen geschah ward""".split()
)
# Forms that are also past participles or infinitives; only counted after a subject pronoun.
PRETERITE_AMBIGUOUS = frozenset("entschieden beschlossen".split())

SUBJUNCTIVE = frozenset(
    """würde würdest würden würdet könnte könntest könnten könntet hätte hättest hätten hättet wäre
    wärst wären wärt müsste müsstest müssten dürfte dürften sollte solltest sollten solltet gäbe
    gäben käme kämen ginge gingen wüsste wüssten bräuchte bräuchten täte täten ließe""".split()
) - {"gingen"}
SUBJUNCTIVE_I = frozenset("sei seist seien seiet".split())

MODALS = frozenset(
    """kann kannst können könnt muss musst müssen müsst will willst wollen wollt soll sollst sollen
    sollt darf darfst dürfen dürft mag mögen möchte möchten wird werden wirst werdet""".split()
)
SUBJECT_PRONOUNS = frozenset("ich du er sie es wir ihr man".split())
COORDINATORS = frozenset("und oder aber denn sondern doch".split())
SUBORDINATORS = frozenset(
    """dass daß weil wenn ob obwohl obgleich damit nachdem bevor während als da sodass falls indem
    wobei seit seitdem bis sobald solange sofern soweit wohingegen was wer wo wie warum wann wohin woher
    womit wofür worüber woran worauf weshalb wieso""".split()
)
# Subordinate clauses Leichte Sprache accepts: "Wenn Sie Fragen haben: ...", "..., weil ...".
ACCEPTED_IN_LEICHTE_SPRACHE = frozenset({"wenn", "weil"})
RELATIVE_PRONOUNS = frozenset(
    "der die das dem den deren dessen denen welcher welche welches welchem welchen".split()
)
PREPOSITIONS = frozenset(
    """an auf aus bei durch für gegen hinter in mit nach neben ohne seit über um unter von vor zu zwischen
    am im zum zur beim vom ins ans aufs""".split()
)
GENITIVE_PREPOSITIONS = frozenset(
    """wegen trotz während statt anstatt aufgrund innerhalb außerhalb mithilfe anhand bezüglich
    hinsichtlich infolge seitens zugunsten angesichts""".split()
)
GENITIVE_ARTICLES = {
    "des": "dem", "eines": "einem", "meines": "meinem", "deines": "deinem", "seines": "seinem",
    "ihres": "ihrem", "unseres": "unserem", "eures": "eurem", "dieses": "diesem", "jedes": "jedem",
}  # fmt: skip
# Words that end like verbs but are not finite verbs (for the clause heuristics).
NOT_VERBS = frozenset(
    """nicht mit jetzt gut gerne gern heute morgen gestern oft immer auch noch schon nur sehr mehr
    viel viele wenig wenige alle allen alles etwas nichts dort hier dann danach vorher nachher wieder
    selbst selten meist meistens zusammen später zuerst zuletzt erst bitte recht leicht schnell
    langsam weit breit bereit spät bekannt genannt unten oben hinten vorne beiden beide anderen
    andere eigenen eigene ersten erste letzten letzte nächsten nächste neuen neue guten gute großen
    große kleinen kleine verschiedenen ganzen ganze einen einem eine einer seinen ihren unseren
    deren denen diesen jeden jenen welchen keinen meinen deinen euren etwa genug bis ab unter
    oben mitten gegen ohne statt trotz samt nebst ebenfalls jedoch trotzdem deshalb deswegen
    außerdem sonst damit dabei dafür dagegen daran darauf daraus darin darüber darum davon
    dazu vielleicht bereits fast längst zumindest mindestens höchstens bestimmt gesamt insgesamt
    direkt genau extra erst zuerst meist nachts abends morgens mittags montags rechts links
    seit weit""".split()
)
ADJECTIVE_ENDINGS = ("ig", "lich", "isch", "bar", "sam", "los", "voll", "haft", "ische", "iges", "ige",
                     "igen", "iger", "liche", "lichen", "licher", "liches", "ischen", "bare", "baren")  # fmt: skip
PARTICIPLE_PREFIXES = (
    "ab an auf aus bei ein fest fort her hin los mit nach vor weg weiter zu zurück zusammen dar "
    "durch um über unter wieder"
).split()
INSEPARABLE_PREFIXES = ("be", "ver", "er", "ent", "zer", "emp", "miss", "ge", "über", "unter", "hinter")
ARTICLES_AND_PRONOUNS = frozenset(
    """der die das den dem des ein eine einen einem einer eines mein meine meinen meinem meiner
    dein deine deinen deinem deiner sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer
    unser unsere unseren unserem unserer euer eure euren eurem eurer kein keine keinen keinem
    keiner dieser diese diesen diesem dieses jeder jede jeden jedem jedes alle allen ich du er sie
    es wir man mich dich sich uns euch mir dir ihm ihnen""".split()
)
