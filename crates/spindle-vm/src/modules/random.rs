//! `_random`: the Mersenne Twister (MT19937, Matsumoto & Nishimura's published algorithm),
//! seeded and read the way CPython's `random` module does so that a seed gives bit-for-bit the
//! same sequence: `seed(int)` feeds the absolute value's 32-bit words (least significant first)
//! to `init_by_array`; `random()` builds a 53-bit float from two outputs; `getrandbits(k)` fills
//! 32-bit words least significant first. The rest of `random` is Python (`lib/random.py`).

use crate::error::PyResult;
use crate::object::{native, NativeObject, Payload};
use crate::ops::num::{as_int, big_to_value, IntRef};
use crate::types::function::{Args, NativeFn};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use crate::{bail, py_err};
use num_bigint::{BigInt, Sign};
use num_traits::Signed;
use parking_lot::Mutex;

const N: usize = 624;
const M: usize = 397;

struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut m = Mt {
            state: [0; N],
            index: N + 1,
        };
        m.init_genrand(5489);
        m
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        let klen = key.len().max(1);
        for _ in 0..N.max(klen) {
            let prev = self.state[i - 1];
            let k = key.get(j).copied().unwrap_or(0);
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(k)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            if j >= klen {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
        }
        self.state[0] = 0x8000_0000;
        self.index = N;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            for k in 0..N {
                let y = (self.state[k] & 0x8000_0000) | (self.state[(k + 1) % N] & 0x7fff_ffff);
                let mut v = self.state[(k + M) % N] ^ (y >> 1);
                if y & 1 != 0 {
                    v ^= 0x9908_b0df;
                }
                self.state[k] = v;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }
}

/// A generator object (`_random.MT()`), used by `random.Random`.
pub struct MtObj {
    mt: Mutex<Mt>,
}

impl NativeObject for MtObj {
    fn type_name(&self) -> &'static str {
        "MersenneTwister"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a MtObj> {
    args.pos()
        .first()
        .and_then(native::<MtObj>)
        .ok_or_else(|| py_err!(TypeError, "MersenneTwister method needs a generator"))
}

fn new_mt(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::from_obj(Payload::Native(Box::new(MtObj {
        mt: Mutex::new(Mt::new()),
    }))))
}

fn mt_random(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(this(&args)?.mt.lock().random()))
}

/// `seed_int(n)`: seed from the absolute value of an int.
fn mt_seed_int(_vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this(&args)?;
    let Some(n) = args.pos().get(1).and_then(|v| as_int(v.unwrap_base())) else {
        bail!(TypeError, "seed_int expects an int");
    };
    let big = n.to_big().abs();
    let mut key: Vec<u32> = big.to_u32_digits().1;
    if key.is_empty() {
        key.push(0);
    }
    g.mt.lock().init_by_array(&key);
    Ok(Value::None)
}

fn mt_getrandbits(_vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this(&args)?;
    let k = match args.pos().get(1).and_then(|v| as_int(v.unwrap_base())) {
        Some(IntRef::Small(k)) => k,
        Some(IntRef::Big(_)) => bail!(OverflowError, "Python int too large to convert to C int"),
        None => bail!(TypeError, "an integer is required"),
    };
    if k < 0 {
        bail!(ValueError, "number of bits must be non-negative");
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    crate::error::check_alloc((k as usize) / 8)?;
    let mut mt = g.mt.lock();
    if k <= 32 {
        return Ok(Value::Int((mt.next_u32() >> (32 - k)) as i64));
    }
    let words = ((k - 1) / 32 + 1) as usize;
    let mut out = Vec::with_capacity(words);
    let mut left = k;
    for _ in 0..words {
        let mut r = mt.next_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        out.push(r);
        left -= 32;
    }
    Ok(big_to_value(BigInt::from_slice(Sign::Plus, &out)))
}

/// `getstate()`: the 624 words and the index, as a tuple of ints.
fn mt_getstate(_vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this(&args)?;
    let mt = g.mt.lock();
    let mut items: Vec<Value> = mt.state.iter().map(|w| Value::Int(*w as i64)).collect();
    items.push(Value::Int(mt.index as i64));
    Ok(crate::types::tuple::new_tuple(items))
}

fn mt_setstate(_vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this(&args)?;
    let Some(t) = args.pos().get(1).and_then(crate::types::tuple::as_tuple) else {
        bail!(TypeError, "state vector must be a tuple");
    };
    if t.len() != N + 1 {
        bail!(ValueError, "state vector is the wrong size");
    }
    let mut mt = g.mt.lock();
    for (i, v) in t.iter().enumerate() {
        let Some(IntRef::Small(x)) = as_int(v) else {
            bail!(TypeError, "state vector items must be integers");
        };
        if i < N {
            mt.state[i] = x as u32;
        } else {
            if !(0..=N as i64).contains(&x) {
                bail!(ValueError, "invalid state");
            }
            mt.index = x as usize;
        }
    }
    Ok(Value::None)
}

pub fn mt_methods() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("random", mt_random),
        ("seed_int", mt_seed_int),
        ("getrandbits", mt_getrandbits),
        ("getstate", mt_getstate),
        ("setstate", mt_setstate),
    ]
}

pub fn init(_vm: &Vm, m: &ObjRef) -> PyResult<()> {
    super::add_functions(m, &[("MT", new_mt)]);
    Ok(())
}
