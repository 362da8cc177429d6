//! The normalisation offset map: every normalised range maps back to a
//! range of whole characters inside the original.
#![no_main]

use libfuzzer_sys::fuzz_target;
use postlint::normalize::Normalized;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else { return };
    let n = Normalized::new(source);
    let bounds: Vec<usize> = (0..=n.text.len()).filter(|&i| n.text.is_char_boundary(i)).collect();
    for w in bounds.windows(2).take(256) {
        let r = n.source_range(source, w[0]..w[1]);
        assert!(r.start <= r.end && r.end <= source.len());
        assert!(source.is_char_boundary(r.start) && source.is_char_boundary(r.end));
    }
    let whole = n.source_range(source, 0..n.text.len());
    assert!(whole.end <= source.len());
});
