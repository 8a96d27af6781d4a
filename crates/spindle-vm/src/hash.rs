//! Python's hash functions, bit-for-bit as CPython 3.13 defines them for numbers and tuples
//! (so that `hash()` results and set iteration order match), SipHash-1-3 for str and bytes.
//!
//! String hashing is keyed per process from the OS's randomness unless `PYTHONHASHSEED` is set
//! (`0` disables randomization: a zero key).

use std::sync::OnceLock;

/// 2**61 - 1, the modulus of numeric hashing.
pub const MODULUS: u64 = (1 << 61) - 1;
const BITS: u32 = 61;
pub const INF: i64 = 314159;

fn key() -> (u64, u64) {
    static KEY: OnceLock<(u64, u64)> = OnceLock::new();
    *KEY.get_or_init(|| match std::env::var("PYTHONHASHSEED") {
        Ok(s) if s.trim() != "random" => {
            let seed: u64 = s.trim().parse().unwrap_or(0);
            if seed == 0 {
                (0, 0)
            } else {
                let a = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
                (a, a.rotate_left(29) ^ 0xD1B5_4A32_D192_ED03)
            }
        }
        _ => {
            let mut buf = [0u8; 16];
            let ok = std::fs::File::open("/dev/urandom")
                .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf))
                .is_ok();
            if !ok {
                let t = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u64)
                    .unwrap_or(0);
                buf[..8].copy_from_slice(&t.to_le_bytes());
                buf[8..].copy_from_slice(&(std::process::id() as u64).to_le_bytes());
            }
            let mut a = [0u8; 8];
            let mut b = [0u8; 8];
            a.copy_from_slice(&buf[..8]);
            b.copy_from_slice(&buf[8..]);
            (u64::from_le_bytes(a), u64::from_le_bytes(b))
        }
    })
}

fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Hash of raw bytes (also str, over CPython's one/two/four-byte-per-character representation).
pub fn hash_bytes(data: &[u8]) -> i64 {
    use std::hash::Hasher;
    if data.is_empty() {
        return 0;
    }
    let (k0, k1) = key();
    let mut h = siphasher::sip::SipHasher13::new_with_keys(k0, k1);
    h.write(data);
    fix(h.finish() as i64)
}

pub fn hash_str(s: &str) -> i64 {
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    if max < 0x100 {
        let bytes: Vec<u8> = if s.is_ascii() {
            s.as_bytes().to_vec()
        } else {
            s.chars().map(|c| c as u8).collect()
        };
        hash_bytes(&bytes)
    } else if max < 0x10000 {
        let bytes: Vec<u8> = s.chars().flat_map(|c| (c as u16).to_le_bytes()).collect();
        hash_bytes(&bytes)
    } else {
        let bytes: Vec<u8> = s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect();
        hash_bytes(&bytes)
    }
}

pub fn hash_int(i: i64) -> i64 {
    let neg = i < 0;
    let m = (i.unsigned_abs() % MODULUS) as i64;
    fix(if neg { -m } else { m })
}

pub fn hash_bigint(b: &num_bigint::BigInt) -> i64 {
    use num_bigint::Sign;
    let (sign, digits) = b.to_u64_digits();
    // Horner's rule on 64-bit digits modulo 2**61-1.
    let mut acc: u128 = 0;
    for d in digits.iter().rev() {
        acc = ((acc << 64) | *d as u128) % MODULUS as u128;
    }
    let m = acc as i64;
    fix(if sign == Sign::Minus { -m } else { m })
}

pub fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { INF } else { -INF };
    }
    let (mut m, mut e) = frexp(x);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut acc: u64 = 0;
    while m != 0.0 {
        acc = ((acc << 28) & MODULUS) | (acc >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        acc += y;
        if acc >= MODULUS {
            acc -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % BITS as i32
    } else {
        BITS as i32 - 1 - ((-1 - e) % BITS as i32)
    } as u32;
    acc = ((acc << e) & MODULUS) | (acc >> (BITS - e));
    fix((acc as i64).wrapping_mul(sign))
}

/// `frexp`: x = m * 2**e with 0.5 <= |m| < 1.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython's tuple hash (an xxHash variant) over the items' hashes.
pub fn hash_tuple(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = hashes.len() as u64;
    let mut acc = XXPRIME_5;
    for h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// Identity hash of an object address.
pub fn hash_pointer(addr: usize) -> i64 {
    let y = (addr >> 4) | (addr << (usize::BITS - 4));
    fix(y as i64)
}

/// `hash(None)` since Python 3.12.
pub const NONE_HASH: i64 = 0xFCA86420;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_hashes_match_cpython() {
        assert_eq!(hash_int(-1), -2);
        assert_eq!(hash_int(1 << 61), 1);
        assert_eq!(hash_float(1.5), 1152921504606846977);
        assert_eq!(hash_float(2.0), 2);
        assert_eq!(hash_float(-0.5), -1152921504606846976);
        assert_eq!(hash_tuple([1i64, 2].into_iter()), -3550055125485641917);
        assert_eq!(hash_tuple(std::iter::empty()), 5740354900026072187);
    }
}
