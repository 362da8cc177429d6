//! Positions of the bytes of a class (a few byte ranges), sixteen bytes at
//! a time.
//!
//! Several scanners look for rare bytes (digits) in long texts. A plain
//! loop over the bytes cannot be vectorised by the compiler when it stops
//! at each hit, and then costs three times what memory does; SSE2, which
//! every x86-64 processor has, compares sixteen bytes in a few instructions.
//! On long texts, where SSSE3 is there (nearly every x86-64 processor),
//! [`oddities`] looks each byte's classes up by nibble instead of testing
//! range after range.

use std::ops::Range;

/// Inclusive byte ranges; at most a handful.
#[derive(Debug, Clone, Copy)]
pub struct Class<'a>(pub &'a [(u8, u8)]);

/// ASCII digits.
pub const DIGITS: Class<'static> = Class(&[(b'0', b'9')]);

impl Class<'_> {
    #[inline]
    pub fn contains(&self, b: u8) -> bool {
        self.0.iter().any(|&(lo, hi)| lo <= b && b <= hi)
    }
}

/// Non-overlapping matches, leftmost first, of a matcher `at(i)` that
/// gives the end of the match starting at `i` (`None`: none starts there),
/// as a regex's `find_iter` gives them when `at` gives the regex's match at
/// each start. For the fixed shapes of numbers, where a hand-written
/// matcher costs nothing to build and a regex more than a post to search.
pub fn leftmost(len: usize, mut at: impl FnMut(usize) -> Option<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < len {
        match at(i) {
            Some(end) if end > i => {
                out.push(i..end);
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

/// Every offset of `hay` whose byte is in `class`, in order.
pub fn positions(hay: &[u8], class: Class<'_>) -> Vec<usize> {
    let mut out = Vec::new();
    each_position(hay, class, |i| out.push(i));
    out
}

/// Calls `f` with every offset of `hay` whose byte is in `class`, in order,
/// without collecting them.
pub fn each_position(hay: &[u8], class: Class<'_>, mut f: impl FnMut(usize)) {
    let done = simd::positions(hay, class, &mut f);
    hay[done..]
        .iter()
        .enumerate()
        .filter(|(_, b)| class.contains(**b))
        .for_each(|(k, _)| f(done + k));
}

/// The byte classes of [`oddities`].
#[derive(Debug, Clone, Copy)]
pub struct Oddities<'a> {
    /// Bytes that are odd wherever they are.
    pub odd: Class<'a>,
    /// Bytes that are odd when neither neighbour is in `neighbour`, or
    /// three equal in a row.
    pub alone: Class<'a>,
    pub neighbour: Class<'a>,
}

impl Oddities<'_> {
    /// Whether byte `i` of `b` is odd.
    #[inline]
    pub fn at(&self, b: &[u8], i: usize) -> bool {
        let c = b[i];
        let near = |j: Option<usize>| {
            j.and_then(|j| b.get(j))
                .is_some_and(|&x| self.neighbour.contains(x))
        };
        self.odd.contains(c)
            || (self.alone.contains(c)
                && ((!near(i.checked_sub(1)) && !near(Some(i + 1)))
                    || (b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c))))
    }
}

/// Every offset of `hay` where [`Oddities::at`] holds, in order.
pub fn oddities(hay: &[u8], classes: Oddities<'_>) -> Vec<usize> {
    let mut out = Vec::new();
    // The blocks need a byte before and two after them.
    let blocks = if hay.len() >= 19 {
        (hay.len() - 3) / 16
    } else {
        0
    };
    if blocks == 0 {
        out.extend((0..hay.len()).filter(|&i| classes.at(hay, i)));
        return out;
    }
    if classes.at(hay, 0) {
        out.push(0);
    }
    simd::oddities(hay, blocks, classes, &mut out);
    out.extend((1 + 16 * blocks..hay.len()).filter(|&i| classes.at(hay, i)));
    out
}

#[cfg(target_arch = "x86_64")]
mod simd {
    use super::Class;
    use std::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_andnot_si128, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_min_epu8,
        _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8, _mm_setzero_si128, _mm_sub_epi8,
    };

    /// Calls `f` with the positions in whole 16-byte blocks of `hay`;
    /// returns where the blocks end (the caller does the rest).
    pub fn positions(hay: &[u8], class: Class<'_>, f: &mut impl FnMut(usize)) -> usize {
        // SAFETY: SSE2 is part of x86-64, so these intrinsics are always
        // available; every load reads 16 bytes of a 16-byte chunk of `hay`.
        unsafe {
            // A byte b is in lo..=hi when b - lo (wrapping) <= hi - lo,
            // unsigned: min(b - lo, hi - lo) == b - lo.
            let ranges: Vec<(__m128i, __m128i)> = class
                .0
                .iter()
                .map(|&(lo, hi)| {
                    (
                        _mm_set1_epi8(lo as i8),
                        _mm_set1_epi8(hi.wrapping_sub(lo) as i8),
                    )
                })
                .collect();
            let mut chunks = hay.chunks_exact(16);
            let mut base = 0;
            for chunk in &mut chunks {
                let v = _mm_loadu_si128(chunk.as_ptr().cast::<__m128i>());
                let mut hit = _mm_setzero_si128();
                for &(lo, span) in &ranges {
                    let x = _mm_sub_epi8(v, lo);
                    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(_mm_min_epu8(x, span), x));
                }
                let mut mask = _mm_movemask_epi8(hit) as u32;
                while mask != 0 {
                    f(base + mask.trailing_zeros() as usize);
                    mask &= mask - 1;
                }
                base += 16;
            }
            base
        }
    }

    /// The bytes of `class` among the 16 of `v`, as 0xFF bytes.
    ///
    /// # Safety
    /// SSE2 intrinsics: always available on x86-64.
    #[inline(always)]
    unsafe fn within(v: __m128i, ranges: &[(__m128i, __m128i)]) -> __m128i {
        unsafe {
            let mut hit = _mm_setzero_si128();
            for &(lo, span) in ranges {
                let x = _mm_sub_epi8(v, lo);
                hit = _mm_or_si128(hit, _mm_cmpeq_epi8(_mm_min_epu8(x, span), x));
            }
            hit
        }
    }

    fn splat(class: Class<'_>) -> Vec<(__m128i, __m128i)> {
        // SAFETY: SSE2 is part of x86-64.
        unsafe {
            class
                .0
                .iter()
                .map(|&(lo, hi)| {
                    (
                        _mm_set1_epi8(lo as i8),
                        _mm_set1_epi8(hi.wrapping_sub(lo) as i8),
                    )
                })
                .collect()
        }
    }

    /// Blocks from which [`oddities`] looks classes up by nibble.
    const NIBBLES_FROM: usize = 64;

    /// Byte classes looked up by nibble (SSSE3's byte shuffle): a byte
    /// `h << 4 | l` is in class `c` when `hi[t][h] & lo[t][l] & mask[c][t]`
    /// is not zero for one of the two tables `t`. Each bit stands for one
    /// class and one set of low nibbles, so the product is exact.
    pub struct Nibbles {
        hi: [[u8; 16]; 2],
        lo: [[u8; 16]; 2],
        /// Bits of odd, alone and neighbour, per table.
        mask: [[u8; 2]; 3],
    }

    impl Nibbles {
        /// `None` when the classes need more than sixteen bits.
        pub fn of(classes: &super::Oddities<'_>) -> Option<Nibbles> {
            let mut n = Nibbles {
                hi: [[0; 16]; 2],
                lo: [[0; 16]; 2],
                mask: [[0; 2]; 3],
            };
            let mut bit = 0;
            for (c, class) in [classes.odd, classes.alone, classes.neighbour]
                .iter()
                .enumerate()
            {
                // The low nibbles of the class's bytes under each high one.
                let lows: Vec<u16> = (0..16u8)
                    .map(|h| {
                        (0..16u8)
                            .filter(|&l| class.contains(h << 4 | l))
                            .fold(0, |m, l| m | 1 << l)
                    })
                    .collect();
                let mut seen: Vec<u16> = Vec::new();
                for &set in lows.iter().filter(|&&s| s != 0) {
                    if seen.contains(&set) {
                        continue;
                    }
                    seen.push(set);
                    if bit == 16 {
                        return None;
                    }
                    let (t, b) = (bit / 8, 1u8 << (bit % 8));
                    bit += 1;
                    n.mask[c][t] |= b;
                    for (hi, &lows) in n.hi[t].iter_mut().zip(&lows) {
                        if lows == set {
                            *hi |= b;
                        }
                    }
                    for l in 0..16 {
                        if set & 1 << l != 0 {
                            n.lo[t][l] |= b;
                        }
                    }
                }
            }
            Some(n)
        }
    }

    /// [`oddities`] with the classes looked up by nibble, each block's
    /// neighbour bytes found once and shifted into place for the blocks
    /// beside it. Same contract as [`oddities`].
    ///
    /// # Safety
    /// The processor must have SSSE3.
    #[target_feature(enable = "ssse3")]
    pub unsafe fn oddities_by_nibble(
        hay: &[u8],
        blocks: usize,
        n: &Nibbles,
        first_is_neighbour: bool,
        out: &mut Vec<usize>,
    ) {
        use std::arch::x86_64::{
            _mm_setr_epi8, _mm_shuffle_epi8, _mm_slli_si128, _mm_srli_epi16, _mm_srli_si128,
        };
        assert!(blocks > 0 && 1 + 16 * blocks + 2 <= hay.len());
        // SAFETY: SSSE3 by this function's contract; every load reads 16
        // bytes from at - 1 ..= at + 2 of a block, or the next block, all
        // inside `hay` by the assertion.
        unsafe {
            let table = |t: &[u8; 16]| _mm_loadu_si128(t.as_ptr().cast::<__m128i>());
            let (hi0, hi1, lo0, lo1) = (
                table(&n.hi[0]),
                table(&n.hi[1]),
                table(&n.lo[0]),
                table(&n.lo[1]),
            );
            let splat2 = |m: [u8; 2]| (_mm_set1_epi8(m[0] as i8), _mm_set1_epi8(m[1] as i8));
            let (odd, alone, near) = (splat2(n.mask[0]), splat2(n.mask[1]), splat2(n.mask[2]));
            let low = _mm_set1_epi8(0x0F);
            let zero = _mm_setzero_si128();
            let ones = _mm_set1_epi8(-1);
            // Member bytes of the three classes as 0xFF, in this order.
            let classify = |v: __m128i| {
                let h = _mm_and_si128(_mm_srli_epi16(v, 4), low);
                let l = _mm_and_si128(v, low);
                let a0 = _mm_and_si128(_mm_shuffle_epi8(hi0, h), _mm_shuffle_epi8(lo0, l));
                let a1 = _mm_and_si128(_mm_shuffle_epi8(hi1, h), _mm_shuffle_epi8(lo1, l));
                let is = |m: (__m128i, __m128i)| {
                    let bits = _mm_or_si128(_mm_and_si128(a0, m.0), _mm_and_si128(a1, m.1));
                    _mm_andnot_si128(_mm_cmpeq_epi8(bits, zero), ones)
                };
                (is(odd), is(alone), is(near))
            };
            let p = hay.as_ptr();
            let load = |i: usize| _mm_loadu_si128(p.add(i).cast::<__m128i>());
            // Byte 15 stands for byte 0 of `hay`, before the first block.
            let mut prev_near = if first_is_neighbour {
                _mm_setr_epi8(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1)
            } else {
                zero
            };
            let mut v = load(1);
            let mut cur = classify(v);
            for k in 0..blocks {
                let at = 1 + 16 * k;
                let (next_v, next, next_near) = if k + 1 < blocks {
                    let nv = load(at + 16);
                    let nc = classify(nv);
                    let nn = _mm_or_si128(_mm_srli_si128(cur.2, 1), _mm_slli_si128(nc.2, 15));
                    (nv, nc, nn)
                } else {
                    (v, cur, classify(load(at + 1)).2)
                };
                let before_near =
                    _mm_or_si128(_mm_slli_si128(cur.2, 1), _mm_srli_si128(prev_near, 15));
                let crowded = _mm_or_si128(before_near, next_near);
                let triple = _mm_and_si128(
                    _mm_cmpeq_epi8(v, load(at + 1)),
                    _mm_cmpeq_epi8(v, load(at + 2)),
                );
                let alone =
                    _mm_and_si128(cur.1, _mm_or_si128(_mm_andnot_si128(crowded, ones), triple));
                let mut mask = _mm_movemask_epi8(_mm_or_si128(cur.0, alone)) as u32;
                while mask != 0 {
                    out.push(at + mask.trailing_zeros() as usize);
                    mask &= mask - 1;
                }
                prev_near = cur.2;
                v = next_v;
                cur = next;
            }
        }
    }

    /// Pushes the odd offsets of `blocks` blocks of 16 bytes from offset 1.
    /// The caller guarantees `1 + 16 * blocks + 2 <= hay.len()`.
    pub fn oddities(hay: &[u8], blocks: usize, classes: super::Oddities<'_>, out: &mut Vec<usize>) {
        assert!(1 + 16 * blocks + 2 <= hay.len());
        // On a long text, the nibble tables pay for their building: half
        // the instructions a block.
        if blocks >= NIBBLES_FROM
            && is_x86_feature_detected!("ssse3")
            && let Some(n) = Nibbles::of(&classes)
        {
            let first = classes.neighbour.contains(hay[0]);
            // SAFETY: SSSE3 was detected just above.
            unsafe { oddities_by_nibble(hay, blocks, &n, first, out) };
            return;
        }
        let (odd, alone, near) = (
            splat(classes.odd),
            splat(classes.alone),
            splat(classes.neighbour),
        );
        let p = hay.as_ptr();
        for k in 0..blocks {
            let at = 1 + 16 * k;
            // SAFETY: SSE2 is part of x86-64; the loads read bytes
            // at - 1 ..= at + 17, inside `hay` by the assertion above.
            let mask = unsafe {
                let load = |i: usize| _mm_loadu_si128(p.add(i).cast::<__m128i>());
                let (before, v, next, after) = (load(at - 1), load(at), load(at + 1), load(at + 2));
                let crowded = _mm_or_si128(within(before, &near), within(next, &near));
                let triple = _mm_and_si128(_mm_cmpeq_epi8(v, next), _mm_cmpeq_epi8(v, after));
                // alone and (not crowded or triple)
                let alone = _mm_and_si128(
                    within(v, &alone),
                    _mm_or_si128(_mm_andnot_si128(crowded, _mm_set1_epi8(-1)), triple),
                );
                let hit = _mm_or_si128(within(v, &odd), alone);
                _mm_movemask_epi8(hit) as u32
            };
            let mut mask = mask;
            while mask != 0 {
                out.push(at + mask.trailing_zeros() as usize);
                mask &= mask - 1;
            }
        }
    }
}

#[cfg(not(target_arch = "x86_64"))]
mod simd {
    use super::Class;

    pub fn positions(_: &[u8], _: Class<'_>, _: &mut impl FnMut(usize)) -> usize {
        0
    }

    pub fn oddities(hay: &[u8], blocks: usize, classes: super::Oddities<'_>, out: &mut Vec<usize>) {
        out.extend((1..1 + 16 * blocks).filter(|&i| classes.at(hay, i)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn same_as_a_plain_loop(hay in proptest::collection::vec(any::<u8>(), 0..200),
                                lo in any::<u8>(), span in 0u8..40, lo2 in any::<u8>()) {
            let ranges = [(lo, lo.saturating_add(span)), (lo2, lo2)];
            let class = Class(&ranges);
            let plain: Vec<usize> = (0..hay.len()).filter(|&i| class.contains(hay[i])).collect();
            prop_assert_eq!(positions(&hay, class), plain);
        }
    }

    proptest! {
        #[test]
        fn oddities_same_as_byte_by_byte(hay in proptest::collection::vec(
            prop_oneof![Just(b'a'), Just(b' '), Just(b'*'), Just(b'0'), Just(0xC3u8), any::<u8>()], 0..120)) {
            let classes = Oddities {
                odd: Class(&[(b'0', b'1'), (0x80, 0xFF)]),
                alone: Class(&[(b'a', b'z')]),
                neighbour: Class(&[(b'a', b'z'), (b'0', b'9'), (b'*', b'*')]),
            };
            let plain: Vec<usize> = (0..hay.len()).filter(|&i| classes.at(&hay, i)).collect();
            prop_assert_eq!(oddities(&hay, classes), plain);
        }
    }

    #[cfg(target_arch = "x86_64")]
    proptest! {
        /// The nibble tables give what the range tests give, for the
        /// classes of the tests above and for several ranges of each kind.
        #[test]
        fn oddities_by_nibble_same_as_byte_by_byte(hay in proptest::collection::vec(
            prop_oneof![Just(b'a'), Just(b' '), Just(b'*'), Just(b'0'), Just(b'Z'), Just(0xC3u8), any::<u8>()], 19..1200),
            several in any::<bool>()) {
            prop_assume!(is_x86_feature_detected!("ssse3"));
            // Several ranges of each kind, as a caller that looks for
            // digits, symbols and lone letters has them.
            let classes = if several {
                Oddities {
                    odd: Class(&[(b'0', b'9'), (b'!', b'$'), (b'*', b'*'), (b'@', b'@'), (b'|', b'|'), (0x80, 0xFF)]),
                    alone: Class(&[(b'a', b'z'), (b'A', b'Z')]),
                    neighbour: Class(&[(b'0', b'9'), (b'A', b'Z'), (b'a', b'z')]),
                }
            } else {
                Oddities {
                    odd: Class(&[(b'0', b'1'), (0x80, 0xFF)]),
                    alone: Class(&[(b'a', b'z')]),
                    neighbour: Class(&[(b'a', b'z'), (b'0', b'9'), (b'*', b'*')]),
                }
            };
            let blocks = (hay.len() - 3) / 16;
            let n = simd::Nibbles::of(&classes).unwrap();
            let mut got = Vec::new();
            // SAFETY: SSSE3 was detected above.
            unsafe {
                simd::oddities_by_nibble(&hay, blocks, &n, classes.neighbour.contains(hay[0]), &mut got)
            };
            let plain: Vec<usize> = (1..1 + 16 * blocks).filter(|&i| classes.at(&hay, i)).collect();
            prop_assert_eq!(got, plain);
        }
    }

    #[test]
    fn digits_in_text() {
        let text = "op 12 mei om 9 uur, kamer 0.14 en nog één keer 7";
        let found: String = positions(text.as_bytes(), DIGITS)
            .into_iter()
            .map(|i| char::from(text.as_bytes()[i]))
            .collect();
        assert_eq!(found, "1290147");
    }
}
