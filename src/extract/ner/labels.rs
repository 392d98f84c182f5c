//! The label set of the recogniser: BILOU positions × four entity kinds, plus O.
//!
//! Knows nothing of features or weights; the decoder and the trainer share these definitions.

/// The four CoNLL-2003 entity kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Person,
    Location,
    Organization,
    /// Nationalities, events, laws, works and other names that are none of the above.
    Misc,
}

impl Kind {
    /// All kinds, in label order.
    pub const ALL: [Kind; 4] = [Kind::Person, Kind::Location, Kind::Organization, Kind::Misc];

    /// The CoNLL code: `PER`, `LOC`, `ORG` or `MISC`.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Person => "PER",
            Kind::Location => "LOC",
            Kind::Organization => "ORG",
            Kind::Misc => "MISC",
        }
    }

    /// The kind for a CoNLL code, if it is one of the four.
    pub fn from_code(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.code() == code)
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// A token's place in a name: Begin, Inside, Last, Unit (a one-token name), or Outside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tag {
    O,
    B(Kind),
    I(Kind),
    L(Kind),
    U(Kind),
}

/// Number of distinct tags: O plus four positions for each of the four kinds.
pub const LABELS: usize = 17;

impl Tag {
    /// A dense index in `0..LABELS`, used for weight rows and the decoder's tables.
    pub fn index(self) -> usize {
        match self {
            Tag::O => 0,
            Tag::B(kind) => 1 + kind.index() * 4,
            Tag::I(kind) => 2 + kind.index() * 4,
            Tag::L(kind) => 3 + kind.index() * 4,
            Tag::U(kind) => 4 + kind.index() * 4,
        }
    }

    /// The inverse of [`Tag::index`]; indices past the end read as `O`.
    pub fn from_index(index: usize) -> Tag {
        if index == 0 || index >= LABELS {
            return Tag::O;
        }
        let kind = Kind::ALL[(index - 1) / 4];
        match (index - 1) % 4 {
            0 => Tag::B(kind),
            1 => Tag::I(kind),
            2 => Tag::L(kind),
            _ => Tag::U(kind),
        }
    }

    /// The entity kind, `None` for `O`.
    pub fn kind(self) -> Option<Kind> {
        match self {
            Tag::O => None,
            Tag::B(kind) | Tag::I(kind) | Tag::L(kind) | Tag::U(kind) => Some(kind),
        }
    }

    /// True when a name continues past this token (B or I).
    fn is_open(self) -> bool {
        matches!(self, Tag::B(_) | Tag::I(_))
    }

    /// Whether `next` may follow `self` in a well-formed BILOU sequence.
    pub fn may_precede(self, next: Tag) -> bool {
        if self.is_open() {
            matches!(next, Tag::I(kind) | Tag::L(kind) if self.kind() == Some(kind))
        } else {
            !matches!(next, Tag::I(_) | Tag::L(_))
        }
    }

    /// Whether a sentence may start with this tag.
    pub fn may_start(self) -> bool {
        matches!(self, Tag::O | Tag::B(_) | Tag::U(_))
    }

    /// Whether a sentence may end with this tag.
    pub fn may_end(self) -> bool {
        !self.is_open()
    }
}

/// A name found by the recogniser: tokens `start..end` of the sentence, and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NameSpan {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

/// The names in a BILOU tag sequence. Tolerates ill-formed input: a name opened and not
/// closed ends where the kind changes or an `O` appears.
pub fn spans(tags: &[Tag]) -> Vec<NameSpan> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, Kind)> = None;
    for (idx, &tag) in tags.iter().enumerate() {
        let continues = matches!(
            (open, tag),
            (Some((_, kind)), Tag::I(k) | Tag::L(k)) if k == kind
        );
        if !continues {
            if let Some((start, kind)) = open.take() {
                spans.push(NameSpan { start, end: idx, kind });
            }
            if let Some(kind) = tag.kind() {
                open = Some((idx, kind));
            }
        }
        if matches!(tag, Tag::L(_) | Tag::U(_))
            && let Some((start, kind)) = open.take()
        {
            spans.push(NameSpan { start, end: idx + 1, kind });
        }
    }
    if let Some((start, kind)) = open {
        spans.push(NameSpan { start, end: tags.len(), kind });
    }
    spans
}

/// The BILOU tags of a sentence of `len` tokens holding the given (non-overlapping) names.
pub fn bilou(len: usize, names: &[NameSpan]) -> Vec<Tag> {
    let mut tags = vec![Tag::O; len];
    for name in names.iter().filter(|name| name.start < name.end && name.end <= len) {
        if name.end - name.start == 1 {
            tags[name.start] = Tag::U(name.kind);
            continue;
        }
        tags[name.start] = Tag::B(name.kind);
        for tag in &mut tags[name.start + 1..name.end - 1] {
            *tag = Tag::I(name.kind);
        }
        tags[name.end - 1] = Tag::L(name.kind);
    }
    tags
}

/// IOB2 strings (`B-PER`, `I-PER`, `O`) for a BILOU sequence, as conlleval reads them.
pub fn iob_strings(tags: &[Tag]) -> Vec<String> {
    let mut out = vec![String::from("O"); tags.len()];
    for name in spans(tags) {
        for (idx, slot) in out[name.start..name.end].iter_mut().enumerate() {
            let prefix = if idx == 0 { "B" } else { "I" };
            *slot = format!("{prefix}-{}", name.kind.code());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_round_trips() {
        for index in 0..LABELS {
            assert_eq!(Tag::from_index(index).index(), index);
        }
    }

    #[test]
    fn transitions_follow_bilou() {
        let per = Kind::Person;
        assert!(Tag::B(per).may_precede(Tag::I(per)));
        assert!(Tag::B(per).may_precede(Tag::L(per)));
        assert!(!Tag::B(per).may_precede(Tag::L(Kind::Location)));
        assert!(!Tag::B(per).may_precede(Tag::O));
        assert!(!Tag::O.may_precede(Tag::I(per)));
        assert!(Tag::L(per).may_precede(Tag::B(per)));
        assert!(Tag::U(per).may_precede(Tag::U(Kind::Misc)));
        assert!(Tag::O.may_precede(Tag::O));
    }

    #[test]
    fn spans_and_bilou_are_inverse() {
        let names = [
            NameSpan { start: 0, end: 2, kind: Kind::Person },
            NameSpan { start: 3, end: 4, kind: Kind::Location },
            NameSpan { start: 4, end: 7, kind: Kind::Organization },
        ];
        let tags = bilou(8, &names);
        assert_eq!(spans(&tags), names);
        assert_eq!(iob_strings(&tags)[4..7], ["B-ORG", "I-ORG", "I-ORG"]);
    }
}
