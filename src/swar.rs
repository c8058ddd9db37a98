//! Eight bytes at a time ("SIMD within a register"): the word tricks the
//! byte scans share, on `u64` words loaded little-endian, so that byte `k`
//! of the text is byte `k` of the word and `trailing_zeros() / 8` of a
//! mask finds the first marked byte.
//!
//! Masks mark a byte by its high bit. Tests work on each byte's low seven
//! bits, where no carry or borrow can cross into the next byte, so every
//! answer is exact per byte ("hasbetween" of Sean Anderson's Bit Twiddling
//! Hacks). Cost: a handful of integer operations per eight bytes.

/// One in every byte.
pub const LO: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte.
pub const HI: u64 = 0x8080_8080_8080_8080;

/// The eight bytes of `b` from `i`, little-endian; past the end, zero bytes.
#[inline(always)]
pub fn load(b: &[u8], i: usize) -> u64 {
    match b.get(i..i + 8) {
        Some(s) => u64::from_le_bytes(s.try_into().expect("eight bytes")),
        None => {
            let mut w = [0u8; 8];
            let rest = b.get(i..).unwrap_or_default();
            w[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(w)
        }
    }
}

/// The high bit of each byte of `x` in `lo..=hi` (both below 0x80); bytes
/// of 0x80 and above are never marked. Exact per byte.
#[inline(always)]
pub fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    debug_assert!(lo <= hi && hi < 0x80);
    let low = x & (LO * 0x7F);
    // Per byte: 0x80 + hi - low keeps its high bit when low <= hi, and
    // low + 0x80 - lo gains it when low >= lo; neither leaves the byte.
    (LO * (0x80 + u64::from(hi))).wrapping_sub(low) & low.wrapping_add(LO * (0x80 - u64::from(lo))) & !x & HI
}

/// The high bit of each byte of `x` that is an ASCII letter or digit.
/// Exact per byte.
#[inline(always)]
pub fn ascii_alnum(x: u64) -> u64 {
    // setting the case bit maps 'A'..='Z' onto 'a'..='z' and leaves the
    // digits (which have it) as they are
    in_range(x | (LO * 0x20), b'a', b'z') | in_range(x, b'0', b'9')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_range_marks_exactly_the_bytes_in_range() {
        for (lo, hi) in [
            (0u8, 0x1F),
            (b'0', b'9'),
            (b'A', b'Z'),
            (b'a', b'z'),
            (0x7F, 0x7F),
            (0, 0x7F),
        ] {
            for base in (0..=255u8).step_by(8) {
                let bytes: Vec<u8> = (base..=base.saturating_add(7)).collect();
                let m = in_range(load(&bytes, 0), lo, hi);
                for (k, &b) in bytes.iter().enumerate() {
                    let want = (lo..=hi).contains(&b);
                    assert_eq!(m >> (8 * k + 7) & 1 == 1, want, "byte {b:#x} in {lo:#x}..={hi:#x}");
                }
            }
        }
    }

    #[test]
    fn ascii_alnum_is_exact_for_every_byte_in_every_lane() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                // the other lanes hold neighbours that could borrow or carry
                for fill in [0u8, b'0', b'z', b'@', 0x7F, 0x80, 0xFF] {
                    let mut w = [fill; 8];
                    w[lane] = b;
                    let got = ascii_alnum(u64::from_le_bytes(w)) >> (8 * lane + 7) & 1 == 1;
                    assert_eq!(got, b.is_ascii_alphanumeric(), "{b:#x} in lane {lane}");
                }
            }
        }
    }

    #[test]
    fn load_pads_past_the_end_with_zero_bytes() {
        assert_eq!(load(b"abcdefghij", 0), u64::from_le_bytes(*b"abcdefgh"));
        assert_eq!(load(b"abcdefghij", 7), u64::from_le_bytes(*b"hij\0\0\0\0\0"));
        assert_eq!(load(b"ab", 2), 0);
        assert_eq!(load(b"ab", 5), 0);
    }
}
