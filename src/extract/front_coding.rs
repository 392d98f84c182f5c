//! Front coding of the embedded word lists: each line is stored as how many leading
//! characters it shares with the line before, then the rest.
//!
//! The lists are mostly sorted, so gzip (the download's compression) then finds far less to
//! repeat: the embedded lists take 28 kB less of the download. `build.rs` packs the plain
//! lists from `src/` into the build's output directory with [`pack`]; the engine includes the
//! packed text and [`unpack`]s each list once, on first use, to exactly the original text.
//! This file is compiled into `build.rs` too, so it uses nothing of the crate and knows
//! nothing of what the lists mean.

/// The longest shared prefix recorded, in characters: one letter says it.
#[cfg_attr(not(test), allow(dead_code))] // Packing happens in build.rs.
const MAX_SHARED: usize = 25;

/// Packs `text` line by line: a letter, `A` + the number of characters shared with the
/// previous line (`a` + it for a line starting with `*`, which marks a place the entity rules
/// share: the marks would otherwise break every shared prefix), then the rest of the line.
#[cfg_attr(not(test), allow(dead_code))] // Called by build.rs (and the tests).
pub fn pack(text: &str) -> String {
    let mut packed = String::with_capacity(text.len());
    let mut previous = "";
    for (idx, line) in text.split('\n').enumerate() {
        if idx > 0 {
            packed.push('\n');
        }
        let (first, name) = match line.strip_prefix('*') {
            Some(name) => (b'a', name),
            None => (b'A', line),
        };
        let shared = name
            .chars()
            .zip(previous.chars())
            .take(MAX_SHARED)
            .take_while(|(ours, theirs)| ours == theirs)
            .count();
        // shared ≤ MAX_SHARED = 25, so the letter stays within A–Z or a–z.
        packed.push(char::from(first + shared as u8));
        packed.extend(name.chars().skip(shared));
        previous = name;
    }
    packed
}

/// The text that [`pack`] packed. A line whose letter is not A–Z or a–z (the packed text
/// was not written by `pack`) is taken as it stands.
pub fn unpack(packed: &str) -> String {
    let mut text = String::with_capacity(packed.len() * 3 / 2);
    let mut previous = String::new();
    let mut name = String::new();
    for (idx, line) in packed.split('\n').enumerate() {
        if idx > 0 {
            text.push('\n');
        }
        let mut chars = line.chars();
        let (star, shared, rest) = match chars.next() {
            Some(letter @ 'A'..='Z') => (false, letter as usize - 'A' as usize, chars.as_str()),
            Some(letter @ 'a'..='z') => (true, letter as usize - 'a' as usize, chars.as_str()),
            _ => (false, 0, line),
        };
        name.clear();
        name.extend(previous.chars().take(shared));
        name.push_str(rest);
        if star {
            text.push('*');
        }
        text.push_str(&name);
        std::mem::swap(&mut previous, &mut name);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packs_shared_prefixes_and_unpacks_to_the_same_text() {
        let text = "# a comment\n*Abu Dhabi\nAbuja\n*Abū Kabīr\nAbū Qurqāş\n\nZ\n*\nlongest-prefix-of-all-here-a\nlongest-prefix-of-all-here-b\n";
        let packed = pack(text);
        // At most 25 shared characters: the last line repeats "longest-prefix-of-all-her".
        assert_eq!(
            packed,
            "A# a comment\naAbu Dhabi\nDja\ncū Kabīr\nEQurqāş\nA\nAZ\na\nAlongest-prefix-of-all-here-a\nZe-b\nA"
        );
        assert_eq!(unpack(&packed), text);
        assert_eq!(unpack(&pack("")), "");
        assert_eq!(unpack("1 digit\n"), "1 digit\n");
    }
}
