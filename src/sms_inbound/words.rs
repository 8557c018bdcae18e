//! What a text from a phone says, read in the nine languages of the portal: a bare yes or no
//! (with an optional reason after it), STOP, a request for help, or a fault in the tenant's own
//! words — and then which kind of fault, and whether it is in a common area.

use crate::reports::Location;

/// A message from a phone, as the portal reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    /// Yes to the last question; what followed the word, if anything.
    Yes(String),
    /// No to the last question, with what followed the word as the reason.
    No(String),
    /// No more SMS.
    Stop,
    /// What can I do here, and whom do I call?
    Help,
    /// A ballot in the election open for the tenant's place (`VOTO 2`).
    Vote(Voted),
    /// Anything else: a fault, in the tenant's words.
    Text(String),
}

/// What a `VOTO …` message chooses: the candidate numbered so, a blank ballot (`VOTO 0`,
/// `VOTO BIANCA`), or no to the only candidate (`VOTO NO`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voted {
    Number(usize),
    Blank,
    Against,
}

/// The word that starts a ballot, in the nine languages.
#[rustfmt::skip]
const VOTE: &[&str] = &[
    "VOTO", "VOTE", "VOT", "VOTA", "VOTOJ", "ГОЛОС", "ГОЛОСУЮ", "صوت", "投票",
];
#[rustfmt::skip]
const BLANK: &[&str] = &[
    "0", "BIANCA", "BIANCO", "BLANK", "ALB", "BOSH", "BLANCO", "BLANC", "ПОРОЖНІЙ", "فارغ", "空白",
];

#[rustfmt::skip]
const YES: &[&str] = &[
    "SI", "SÌ", "SÍ", "YES", "Y", "DA", "PO", "نعم", "是", "ТАК", "OUI", "JA",
];
#[rustfmt::skip]
const NO: &[&str] = &[
    "NO", "NU", "JO", "لا", "否", "НІ", "NON", "N",
];
#[rustfmt::skip]
const STOP: &[&str] = &[
    "STOP", "СТОП", "توقف", "停止", "ARRET", "ARRÊT", "ALT",
];
#[rustfmt::skip]
const HELP: &[&str] = &[
    "AIUTO", "HELP", "INFO", "AJUTOR", "NDIHMË", "NDIHME", "AYUDA", "AIDE", "ДОПОМОГА", "مساعدة",
    "帮助",
];

/// Reads a message: STOP and help are the whole message; yes and no are its first word (a
/// reason may follow); anything else is a fault described in words.
pub fn read(text: &str) -> Said {
    let text = text.trim();
    let whole = normalized(text);
    if STOP.contains(&whole.as_str()) {
        return Said::Stop;
    }
    if HELP.contains(&whole.as_str()) {
        return Said::Help;
    }
    let (first, rest) = match text.find(|c: char| c.is_whitespace() || ",.;:!?".contains(c)) {
        Some(at) => (&text[..at], &text[at..]),
        None => (text, ""),
    };
    let first = normalized(first);
    let rest = rest
        .trim_start_matches(|c: char| c.is_whitespace() || ",.;:!?-".contains(c))
        .trim()
        .to_string();
    if VOTE.contains(&first.as_str()) {
        if let Some(voted) = ballot(&rest) {
            return Said::Vote(voted);
        }
    }
    if YES.contains(&first.as_str()) {
        Said::Yes(rest)
    } else if NO.contains(&first.as_str()) {
        Said::No(rest)
    } else {
        Said::Text(text.to_string())
    }
}

/// What follows the word `VOTO`: a number, a blank word or a no; anything else is not a
/// ballot (and the message is read as words).
fn ballot(rest: &str) -> Option<Voted> {
    // Arabic phones often type Arabic-Indic digits (٢, or ۲ in Persian style).
    let word: String = normalized(rest)
        .chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            other => other,
        })
        .collect();
    if BLANK.contains(&word.as_str()) {
        Some(Voted::Blank)
    } else if NO.contains(&word.as_str()) {
        Some(Voted::Against)
    } else {
        word.parse().ok().filter(|n| *n > 0).map(Voted::Number)
    }
}

/// Upper case, without the punctuation and marks people add around a single word ("Si!",
/// "no.", "«STOP»", "是。").
fn normalized(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric())
        .to_uppercase()
}

/// Words naming a common area of the stair, in every language (prefixes of words, or, for
/// scripts written without spaces or with joined articles, parts of the text).
#[rustfmt::skip]
const STAIR_AREAS: &[&str] = &[
    "scala", "scale", "scalin", "pianerottol", "ascensor", "stair", "landing", "lift=", "lifts=",
    "elevator", "escaler", "rellano", "escalier", "palier", "ascenseur", "scara", "scară", "scări",
    "shkall", "ashensor", "сход", "ліфт", "майданчик", "الدرج", "درج", "المصعد", "مصعد", "楼梯", "电梯",
];

/// Words naming a common area of the building.
#[rustfmt::skip]
const BUILDING_AREAS: &[&str] = &[
    "cortil", "androne", "cantin", "solai", "tetto", "portone", "facciat", "giardin", "courtyard",
    "yard=", "cellar", "basement", "roof", "entrance", "hallway", "garden", "patio", "sótano",
    "sotano", "tejado", "portal", "jardín", "jardin", "cour=", "cave=", "toit=", "hall=", "curte",
    "subsol", "acoperi", "intrare", "oborr", "bodrum", "çati", "cati", "hyrje", "двір", "підвал",
    "дах=", "під'їзд", "підїзд", "الفناء", "فناء", "القبو", "السطح", "المدخل", "院子", "地下室", "屋顶",
    "大门", "门厅",
];

/// Where a fault described in words is: a common area of the stair or the building when the
/// text names one, otherwise the tenant's flat.
pub fn location(text: &str) -> Location {
    if mentions(text, STAIR_AREAS) {
        Location::Stair
    } else if mentions(text, BUILDING_AREAS) {
        Location::Building
    } else {
        Location::Unit
    }
}

/// Category codes and the words that suggest them, in the nine languages, in the order ties
/// are settled (a lift that stopped is a lift fault before an electrical one).
#[rustfmt::skip]
const CATEGORIES: &[(&str, &[&str])] = &[
    ("lift", &[
        "ascensor", "lift", "elevator", "ashensor", "ліфт", "مصعد", "المصعد", "电梯",
    ]),
    ("plumbing", &[
        "acqua", "perd", "tubo", "tubi", "scaric", "rubinett", "water", "leak", "pipe", "tap=",
        "toilet", "agua", "fuga", "tuber", "grifo", "eau", "fuite", "tuyau", "robinet", "apa=",
        "apă", "țeav", "teav", "ujë", "uje", "rrjedh", "tub=", "вод", "теч", "труб", "кран", "ماء",
        "مياه", "تسرب", "حنفية", "水", "漏", "管",
    ]),
    ("heating", &[
        "riscald", "termosifon", "calorifer", "caldaia", "fredd", "heating", "radiator", "boiler",
        "cold", "calefac", "radiador", "caldera", "frío", "frio", "chauff", "radiateur",
        "chaudière", "froid", "încălz", "incalz", "central", "frig", "ngroh", "kaldaj", "ftoht",
        "опален", "радіатор", "батаре", "котел", "холод", "تدفئة", "مدفأة", "برد", "暖气", "供暖", "冷",
    ]),
    ("electrical", &[
        "luce", "luci", "corrente", "elettric", "lampadin", "presa", "light", "electric", "power",
        "socket", "luz", "eléctric", "electric", "enchufe", "lumière", "électri", "prise", "lumin",
        "curent", "priz", "drit", "korrent", "elektri", "світл", "електр", "розетк", "كهرباء",
        "ضوء", "نور", "电", "灯",
    ]),
    ("doors", &[
        "porta", "porte", "portone", "serratur", "citofon", "chiav", "door", "lock=", "locks=",
        "intercom", "puerta", "cerradur", "portero", "serrure", "interphone", "ușa", "usa=", "ușă",
        "yal", "interfon", "derë", "dera", "brav", "двер", "замок", "домофон", "باب", "قفل", "门",
        "锁",
    ]),
    ("damp", &[
        "umid", "muff", "infiltraz", "damp", "mould", "mold=", "humedad", "moho", "humidité",
        "moisissure", "umezeal", "mucegai", "lagësht", "lageshti", "myk", "волог", "плісняв",
        "грибок", "رطوبة", "عفن", "潮", "霉",
    ]),
    ("pests", &[
        "topi", "topo", "ratt", "scarafagg", "blatt", "insett", "zanzar", "cimic", "mice", "mouse",
        "rats", "cockroach", "insect", "bugs", "ratones", "ratas", "cucarach", "souris", "cafard",
        "șoarec", "soarec", "gândac", "gandac", "minj", "buburrec", "миш", "щур", "тарган", "فئران",
        "صراصير", "老鼠", "蟑螂",
    ]),
    ("waste", &[
        "rifiut", "spazzatur", "immondizi", "rubbish", "garbage", "trash", "waste", "bin=",
        "basura", "ordure", "poubelle", "déchet", "gunoi", "mbeturin", "pleh", "смітт", "قمامة",
        "زبالة", "垃圾",
    ]),
    ("cleaning", &[
        "pulizi", "sporc", "dirty", "cleaning", "sucio", "limpieza", "propreté", "nettoyage",
        "murdar", "curățen", "curaten", "pis=", "pastrim", "брудн", "прибиран", "وسخ", "نظافة", "脏",
        "清洁",
    ]),
    ("green", &[
        "erba", "alber", "siep", "verde", "grass", "tree", "hedge", "hierba", "árbol", "arbol",
        "herbe", "arbre", "iarb", "copac", "pemë", "peme", "трав", "дерев", "عشب", "شجرة", "草", "树",
    ]),
];

/// The category a fault described in words most likely belongs to: the one whose words the
/// text mentions most, `other` when it mentions none.
pub fn category(text: &str) -> &'static str {
    let mut best = ("other", 0);
    for (code, words) in CATEGORIES {
        let found = words.iter().filter(|w| mentions(text, &[w])).count();
        if found > best.1 {
            best = (code, found);
        }
    }
    best.0
}

/// Whether the text has one of the words: as the start of a word in scripts that separate
/// words with spaces (a word ending in `=` only as a whole word: "cour" is not "courant"),
/// anywhere in the text for Chinese and Arabic (written without spaces, or with the article
/// joined to the word).
fn mentions(text: &str, words: &[&str]) -> bool {
    // Phones write the apostrophe either way; "l'ascensore" is about "ascensore" (Italian and
    // French elide the article), while "під'їзд" keeps its apostrophe inside the word.
    let lower = text.to_lowercase().replace('\u{2019}', "'");
    let tokens: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|t| !t.is_empty())
        .flat_map(|t| [Some(t), t.rsplit_once('\'').map(|(_, word)| word)])
        .flatten()
        .collect();
    words.iter().any(|word| {
        let joined_script = word.chars().any(|c| {
            ('\u{0600}'..='\u{06FF}').contains(&c) || ('\u{4E00}'..='\u{9FFF}').contains(&c)
        });
        if joined_script {
            lower.contains(word)
        } else if let Some(whole) = word.strip_suffix('=') {
            tokens.contains(&whole)
        } else {
            tokens.iter().any(|t| t.starts_with(word))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yes_and_no_in_every_language() {
        for yes in [
            "SI", "sì", "Sí!", "yes", "DA", "po", "نعم", "是", "так", "Oui.",
        ] {
            assert_eq!(read(yes), Said::Yes(String::new()), "{yes}");
        }
        for no in ["NO", "nu", "Jo", "لا", "否", "НІ", "non"] {
            assert_eq!(read(no), Said::No(String::new()), "{no}");
        }
        assert_eq!(
            read("No, perde ancora"),
            Said::No("perde ancora".to_string())
        );
    }

    #[test]
    fn a_ballot_is_the_vote_word_and_a_number_a_blank_or_a_no() {
        assert_eq!(read("VOTO 2"), Said::Vote(Voted::Number(2)));
        assert_eq!(read("voto 12."), Said::Vote(Voted::Number(12)));
        assert_eq!(read("Vote 1"), Said::Vote(Voted::Number(1)));
        assert_eq!(read("投票 3"), Said::Vote(Voted::Number(3)));
        assert_eq!(read("صوت ٢"), Said::Vote(Voted::Number(2)));
        assert_eq!(read("VOTO 0"), Said::Vote(Voted::Blank));
        assert_eq!(read("voto bianca"), Said::Vote(Voted::Blank));
        assert_eq!(read("VOTO NO"), Said::Vote(Voted::Against));
        assert_eq!(
            read("voto per la pulizia delle scale"),
            Said::Text("voto per la pulizia delle scale".to_string())
        );
    }

    #[test]
    fn stop_and_help_are_whole_messages() {
        assert_eq!(read(" stop "), Said::Stop);
        assert_eq!(read("Aiuto!"), Said::Help);
        assert_eq!(read("HELP"), Said::Help);
        assert_eq!(
            read("aiuto perde il tubo"),
            Said::Text("aiuto perde il tubo".to_string())
        );
    }

    #[test]
    fn faults_are_placed_and_sorted_from_their_words() {
        assert_eq!(category("Perde il rubinetto della cucina"), "plumbing");
        assert_eq!(category("L'ascensore è fermo al terzo piano"), "lift");
        assert_eq!(
            location("L'ascensore è fermo al terzo piano"),
            Location::Stair
        );
        assert_eq!(category("تسرب الماء في المطبخ"), "plumbing");
        assert_eq!(category("暖气不热"), "heating");
        assert_eq!(category("Не працює ліфт"), "lift");
        assert_eq!(
            location("Rifiuti abbandonati nel cortile"),
            Location::Building
        );
        assert_eq!(category("Rifiuti abbandonati nel cortile"), "waste");
        assert_eq!(
            location("Il termosifone della camera è freddo"),
            Location::Unit
        );
        assert_eq!(category("Qualcosa non va"), "other");
        // A word that merely starts like a short one is not it.
        assert_eq!(category("Il pistone"), "other");
        assert_eq!(location("Lo scaldabagno non scarica"), Location::Unit);
        assert_eq!(location("Pas de courant"), Location::Unit);
    }
}
