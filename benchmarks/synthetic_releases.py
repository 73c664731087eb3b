"""Synthetic Russian press releases for batch benchmarks: varied templates, seeded, no real texts.

    python benchmarks/synthetic_releases.py OUTDIR [N]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]
REGIONS = [("Томской области", "Томск"), ("Калужской области", "Калуга"),
           ("Новосибирской области", "Новосибирск"), ("Пермского края", "Пермь"),
           ("Самарской области", "Самара"), ("Республики Татарстан", "Казань"),
           ("Свердловской области", "Екатеринбург"), ("Воронежской области", "Воронеж"),
           ("Алтайского края", "Барнаул"), ("Ярославской области", "Ярославль")]
PEOPLE = [("Андрей", "Сергеевич", "Воробьёв", "m"), ("Ольга", "Ивановна", "Петрова", "f"),
          ("Игорь", "Николаевич", "Смирнов", "m"), ("Марина", "Викторовна", "Ковалёва", "f"),
          ("Денис", "Олегович", "Григорьев", "m"), ("Елена", "Павловна", "Соколова", "f"),
          ("Сергей", "Александрович", "Морозов", "m"), ("Наталья", "Юрьевна", "Белова", "f"),
          ("Виктор", "Петрович", "Захаров", "m"), ("Ирина", "Михайловна", "Орлова", "f")]
COMPANIES = ["ПАО «Северная энергетическая компания»", "АО «Сибирские технологии»",
             "ООО «Зелёный город»", "ПАО «Региональные сети»", "АО «Агрохолдинг Восход»",
             "ООО «Цифровые решения»"]
UNIVERSITIES = ["Томский государственный университет", "Пермский политехнический университет",
                "Самарский национальный исследовательский университет"]
MINISTRIES = ["министр экономического развития", "министр образования", "министр здравоохранения",
              "министр строительства", "министр сельского хозяйства", "министр цифрового развития"]
TOPICS = ["развитии цифровой инфраструктуры", "строительстве новой школы",
          "модернизации сетей теплоснабжения", "подготовке инженерных кадров",
          "развитии туризма", "поддержке малого бизнеса", "благоустройстве общественных пространств"]
ACTIONS = ["подготовить программу развития отрасли", "обеспечить ввод объекта в эксплуатацию",
           "провести проверку качества работ", "создать не менее 300 рабочих мест",
           "оказывать содействие в реализации проекта", "представить предложения по финансированию"]


def date_text(rng: random.Random) -> tuple[str, int]:
    year = rng.choice([2021, 2022, 2023, 2024])
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {year} года", year


def agreement(rng: random.Random) -> str:
    region, city = rng.choice(REGIONS)
    head = rng.choice(PEOPLE)
    boss = rng.choice([p for p in PEOPLE if p is not head])
    company = rng.choice(COMPANIES)
    topic = rng.choice(TOPICS)
    when, year = date_text(rng)
    deadline = f"до 1 {rng.choice(MONTHS)} {year + 1} года"
    return (
        f"Правительство {region} и {company} подписали соглашение о {topic}\n\n"
        f"{city}, {when}. Губернатор {region} {head[0]} {head[2]} и генеральный директор "
        f"{company} {boss[0]} {boss[1]} {boss[2]} подписали соглашение о {topic}.\n\n"
        f"Стороны обязуются {rng.choice(ACTIONS)} {deadline}. "
        f"По словам губернатора, проект позволит {rng.choice(ACTIONS)}.\n\n"
        f"Пресс-служба губернатора {region}"
    ) if head[3] == "m" else (
        f"В городе {city} подписано соглашение о {topic}\n\n"
        f"{when} заместитель председателя правительства {region} {head[0]} {head[1]} {head[2]} "
        f"и представители {company} подписали соглашение о {topic}. Документ предусматривает, что "
        f"компания намерена {rng.choice(ACTIONS)} {deadline}.\n\nИсточник: пресс-служба правительства {region}"
    )


def appointment(rng: random.Random) -> str:
    region, city = rng.choice(REGIONS)
    person = rng.choice(PEOPLE)
    post = rng.choice(MINISTRIES)
    when, _ = date_text(rng)
    verb = "назначен" if person[3] == "m" else "назначена"
    former = rng.choice([p for p in PEOPLE if p is not person])
    return (
        f"Новый {post.split()[0]} в правительстве {region}\n\n"
        f"{city}, {when}. {person[0]} {person[1]} {person[2]} {verb} на должность "
        f"{post.replace('министр', 'министра')} {region}. Ранее эту должность занимал "
        f"{former[0]} {former[2]}.\n\nРешение подписал губернатор {region}."
    )


def instruction(rng: random.Random) -> str:
    region, city = rng.choice(REGIONS)
    head = rng.choice([p for p in PEOPLE if p[3] == "m"])
    when, year = date_text(rng)
    mayor = rng.choice(PEOPLE)
    return (
        f"Глава региона провёл совещание по вопросам {rng.choice(TOPICS)}\n\n"
        f"{when} губернатор {region} {head[0]} {head[2]} провёл совещание в городе {city}. "
        f"Он поручил министерству строительства {rng.choice(ACTIONS)} до 15 {rng.choice(MONTHS)} "
        f"{year} года. В совещании принял участие мэр города {city} {mayor[0]} {mayor[2]}.\n\n"
        f"Администрация города должна {rng.choice(ACTIONS)} в течение месяца."
    )


def university(rng: random.Random) -> str:
    name = rng.choice(UNIVERSITIES)
    rector = rng.choice(PEOPLE)
    company = rng.choice(COMPANIES)
    when, _ = date_text(rng)
    return (
        f"{name} и {company} договорились о сотрудничестве\n\n"
        f"{when} ректор {name.split()[0].replace('ий', 'ого')} университета {rector[0]} {rector[2]} "
        f"подписал меморандум о {rng.choice(TOPICS)} с {company}. Стороны договорились "
        f"{rng.choice(ACTIONS)}.\n\nПресс-служба университета"
    )


TEMPLATES = [agreement, appointment, instruction, university]


def release(rng: random.Random) -> str:
    paragraphs = [rng.choice(TEMPLATES)(rng) for _ in range(rng.choice([1, 1, 1, 2]))]
    return "\n\n".join(paragraphs) + "\n"


def write_releases(folder: Path, count: int, *, seed: int = 7, broken: bool = True) -> list[Path]:
    """``count`` releases in 10 subfolders, plus one binary file when ``broken``."""
    rng = random.Random(seed)
    paths = []
    for number in range(count):
        path = folder / f"part{number % 10}" / f"release-{number:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        encoding = "cp1251" if number % 50 == 7 else "utf-8"  # some legacy code-page files
        path.write_bytes(release(rng).encode(encoding))
        paths.append(path)
    if broken:
        path = folder / "part0" / "broken.txt"
        path.write_bytes(bytes(range(256)) * 8)
        paths.append(path)
    return paths


if __name__ == "__main__":
    out = Path(sys.argv[1])
    write_releases(out, int(sys.argv[2]) if len(sys.argv) > 2 else 2000)
