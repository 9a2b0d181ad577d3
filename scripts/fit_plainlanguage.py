"""Fit the weights of the comprehensibility index on the permitted public data and write them.

    python scripts/fit_plainlanguage.py [--write]     # EVAL_DIR overrides ../shared/eval

German: ridge regression of TextComplexityDE's `mos` (MIT; 1 very easy ... 7 very complex) on the
text features of ``plainlanguage.metrics``. English: ridge regression of OneStopEnglish's level
(CC BY-SA) rescaled to the Flesch-Kincaid grade range. Only these permitted parts are read; with
--write the weights go to plainlanguage/data/weights.py as plain data.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_plainlanguage import eval_dir, read_csv, read_jsonl, spearman  # noqa: E402

from plainlanguage.metrics import features, model_feature  # noqa: E402
from plainlanguage.text import build_document  # noqa: E402

GERMAN_FEATURES = (
    "log_words_per_sentence",
    "syllables_per_sentence",
    "log_syllables_per_sentence",
    "syllables_per_word",
    "letters_per_word",
    "long_word_share",
    "long_words_per_sentence",
    "rarity",
    "rare_word_share",
    "rare_words_per_sentence",
    "uncommon_word_share",
    "uncommon_words_per_sentence",
    "very_rare_word_share",
    "very_rare_words_per_sentence",
    "nominal_share",
    "commas_per_sentence",
    "commas_squared",
    "split_compound_share",
    "genitives_per_sentence",
)
ENGLISH_FEATURES = (
    "log_words_per_sentence",
    "syllables_per_word",
    "polysyllabic_share",
    "rarity",
    "long_word_share",
)
RIDGE = 1.0
FOLDS = 5


def vector(text: str, language: str, names: tuple[str, ...]) -> list[float]:
    f = features(build_document(text, language))
    return [model_feature(f, name) for name in names]


def solve(matrix: list[list[float]], rhs: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (small dense systems)."""
    n = len(rhs)
    a = [[*row, value] for row, value in zip(matrix, rhs, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for row in range(col + 1, n):
            factor = a[row][col] / a[col][col]
            for k in range(col, n + 1):
                a[row][k] -= factor * a[col][k]
    x = [0.0] * n
    for row in range(n - 1, -1, -1):
        x[row] = (a[row][n] - sum(a[row][k] * x[k] for k in range(row + 1, n))) / a[row][row]
    return x


def ridge(xs: list[list[float]], ys: list[float], penalty: float = RIDGE) -> tuple[float, list[float]]:
    """Ridge regression on standardised features; returns (intercept, weights) on the raw scale."""
    n, d = len(xs), len(xs[0])
    means = [sum(x[j] for x in xs) / n for j in range(d)]
    scales = [math.sqrt(sum((x[j] - means[j]) ** 2 for x in xs) / n) or 1.0 for j in range(d)]
    z = [[(x[j] - means[j]) / scales[j] for j in range(d)] for x in xs]
    y_mean = sum(ys) / n
    gram = [[sum(r[i] * r[j] for r in z) + (penalty if i == j else 0.0) for j in range(d)] for i in range(d)]
    rhs = [sum(r[i] * (y - y_mean) for r, y in zip(z, ys, strict=True)) for i in range(d)]
    beta = solve(gram, rhs)
    weights = [b / s for b, s in zip(beta, scales, strict=True)]
    intercept = y_mean - sum(w * m for w, m in zip(weights, means, strict=True))
    return intercept, weights


def predict(model: tuple[float, list[float]], x: list[float]) -> float:
    return model[0] + sum(w * v for w, v in zip(model[1], x, strict=True))


def cross_validated_spearman(xs: list[list[float]], ys: list[float]) -> float:
    predictions = [0.0] * len(xs)
    for fold in range(FOLDS):
        train = [i for i in range(len(xs)) if i % FOLDS != fold]
        model = ridge([xs[i] for i in train], [ys[i] for i in train])
        for i in range(fold, len(xs), FOLDS):
            predictions[i] = predict(model, xs[i])
    return spearman([-p for p in predictions], [-y for y in ys])


def fit_german(directory: Path) -> dict:
    rows = read_csv(directory / "textcomplexityde.csv")
    xs = [vector(row["sentence"], "de", GERMAN_FEATURES) for row in rows]
    ys = [float(row["mos"]) for row in rows]
    print(f"de: TextComplexityDE n={len(xs)}, {FOLDS}-fold Spearman {cross_validated_spearman(xs, ys):.3f}")
    intercept, weights = ridge(xs, ys)
    return {
        "intercept": intercept,
        "weights": dict(zip(GERMAN_FEATURES, weights, strict=True)),
        "scale": (1.0, 7.0),
    }


def fit_english(directory: Path) -> dict:
    rows = read_jsonl(directory / "onestop.jsonl")
    xs = [vector(row["text"], "en", ENGLISH_FEATURES) for row in rows]
    levels = [float(row["level_num"]) for row in rows]
    intercept, weights = ridge(xs, levels)
    # Rescale the level prediction onto the Flesch-Kincaid grade scale of the same texts.
    predicted = [predict((intercept, weights), x) for x in xs]
    grades = [features_grade(row["text"]) for row in rows]
    slope, offset = _line(predicted, grades)
    print(f"en: OneStopEnglish n={len(xs)}, grade = {slope:.2f} * level + {offset:.2f}")
    return {
        "intercept": intercept * slope + offset,
        "weights": {name: w * slope for name, w in zip(ENGLISH_FEATURES, weights, strict=True)},
        "scale": (1.0, 17.0),  # grade 1 -> 20, grade 17 (graduate) -> 0
    }


def features_grade(text: str) -> float:
    f = features(build_document(text, "en"))
    return 0.39 * f["words_per_sentence"] + 11.8 * f["syllables_per_word"] - 15.59


def _line(x: list[float], y: list[float]) -> tuple[float, float]:
    mx, my = sum(x) / len(x), sum(y) / len(y)
    slope = sum((a - mx) * (b - my) for a, b in zip(x, y, strict=True)) / sum((a - mx) ** 2 for a in x)
    return slope, my - slope * mx


def write(models: dict) -> None:
    path = ROOT / "plainlanguage" / "data" / "weights.py"
    header = path.read_text(encoding="utf-8").split("MODELS = ")[0]
    lines = ["MODELS = {"]
    for language, model in models.items():
        lines.append(f'    "{language}": {{')
        lines.append(f'        "intercept": {model["intercept"]:.6f},')
        lines.append('        "weights": {')
        lines += [f'            "{name}": {weight:.6f},' for name, weight in model["weights"].items()]
        lines.append("        },")
        lines.append(f'        "scale": {tuple(model["scale"])!r},')
        lines.append("    },")
    lines.append("}")
    path.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"written {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write plainlanguage/data/weights.py")
    args = parser.parse_args()
    directory = eval_dir()
    if not (directory / "textcomplexityde.csv").exists():
        print(f"no evaluation data in {directory} (set EVAL_DIR)")
        return 0
    models = {"de": fit_german(directory), "en": fit_english(directory)}
    for language, model in models.items():
        print(language, {k: round(v, 3) for k, v in model["weights"].items()}, round(model["intercept"], 3))
    if args.write:
        write(models)
    return 0


if __name__ == "__main__":
    sys.exit(main())
