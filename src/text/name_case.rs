//! Name case for names printed in capitals: "REN QI" → "Ren Qi", "JEAN-LUC O’NEILL" →
//! "Jean-Luc O’Neill". Used where a name is shown to the reader; the text itself is never
//! rewritten.

/// `name` in name case when it is written all in capitals; otherwise `name` unchanged.
pub fn name_case(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_owned();
    }
    let mut out = String::with_capacity(name.len());
    let mut word_start = true;
    for c in name.chars() {
        if word_start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        word_start = !c.is_alphabetic();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_become_name_case() {
        assert_eq!(name_case("REN QI"), "Ren Qi");
        assert_eq!(name_case("JEAN-LUC O’NEILL"), "Jean-Luc O’Neill");
        assert_eq!(name_case("Jane McDonald"), "Jane McDonald");
        assert_eq!(name_case(""), "");
    }
}
