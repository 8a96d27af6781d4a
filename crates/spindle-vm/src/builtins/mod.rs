//! The `builtins` module: built-in functions (this file), type construction and class creation
//! ([`construct`]), and sorting ([`sort`]).
//!
//! To add a builtin: write `fn name(vm: &Vm, args: Args) -> PyResult<Value>` and list it in
//! [`init`]. Semantics follow the Python documentation, "Built-in Functions".

pub mod class;
pub mod construct;
pub mod frame_ctx;
pub mod numparse;
pub mod sort;

use crate::error::PyResult;
use crate::object::Payload;
use crate::ops::{self, num};
use crate::types::exceptions::ExcKind;
use crate::types::function::{new_builtin, Args};
use crate::types::iter::{new_iter, IterState};
use crate::types::list::new_list;
use crate::types::str::{as_str, from_string, new_str};
use crate::types::tuple::new_tuple;
use crate::types::{type_name, type_of, typeobj, types};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use crate::{bail, py_err};
use spindle_bytecode::{BinOp, CmpOp};

/// Collect any iterable into a Vec.
pub fn collect(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    // Instances of subclasses go through their (possibly overridden) __iter__.
    match v.raw_payload() {
        Some(Payload::List(l)) => return Ok(l.snapshot()),
        Some(Payload::Tuple(t)) => return Ok(t.to_vec()),
        // Snapshots taken under the container's lock: copying a dict or set that another
        // thread is resizing never fails halfway (as in CPython 3.13t).
        Some(Payload::Dict(d)) => return Ok(d.keys()),
        Some(Payload::Set(s) | Payload::FrozenSet(s)) => return Ok(s.table.read().values()),
        _ => {}
    }
    let it = ops::iter(vm, v)?;
    let mut out = Vec::new();
    while let Some(x) = ops::next(vm, &it)? {
        out.push(x);
    }
    Ok(out)
}

/// `ascii()` of a repr: escape non-ASCII characters.
pub fn ascii_of(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 0x80 {
            out.push(c);
        } else if cp < 0x100 {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    out
}

fn print(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in args.kwargs() {
        match k {
            "sep" => {
                if !v.is_none() {
                    sep = match as_str(v) {
                        Some(s) => s.to_string(),
                        None => bail!(
                            TypeError,
                            "sep must be None or a string, not {}",
                            type_name(v)
                        ),
                    }
                }
            }
            "end" => {
                if !v.is_none() {
                    end = match as_str(v) {
                        Some(s) => s.to_string(),
                        None => bail!(
                            TypeError,
                            "end must be None or a string, not {}",
                            type_name(v)
                        ),
                    }
                }
            }
            "file" => file = v.clone(),
            "flush" => flush = ops::truthy(vm, v)?,
            other => bail!(
                TypeError,
                "print() got an unexpected keyword argument '{}'",
                other
            ),
        }
    }
    if file.is_none() {
        match vm.module_attr("sys", "stdout") {
            // `sys.stdout = None` (e.g. redirect_stdout(None)): print writes nothing.
            Some(Value::None) => return Ok(Value::None),
            Some(f) => file = f,
            None => {}
        }
    }
    if !file.is_none() && crate::object::native::<crate::modules::sys::Stream>(&file).is_none() {
        // A Python file object: one write() per piece, as CPython does.
        let (w, s) = ops::method_lookup(vm, &file, "write")?;
        let write = |text: Value| -> PyResult<()> {
            match &s {
                Some(s) => vm.call(&w, Args::new(&[s.clone(), text]))?,
                None => vm.call(&w, Args::new(&[text]))?,
            };
            Ok(())
        };
        for (i, v) in args.pos().iter().enumerate() {
            if i > 0 {
                write(new_str(&sep))?;
            }
            match as_str(v) {
                Some(_) => write(v.clone())?,
                None => write(from_string(ops::str_(vm, v)?))?,
            }
        }
        write(new_str(&end))?;
        if flush {
            let (f, s) = ops::method_lookup(vm, &file, "flush")?;
            match s {
                Some(s) => vm.call(&f, Args::new(&[s]))?,
                None => vm.call(&f, Args::new(&[]))?,
            };
        }
        return Ok(Value::None);
    }
    let mut out = String::new();
    for (i, v) in args.pos().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match as_str(v) {
            Some(s) => out.push_str(s),
            None => out.push_str(&ops::str_(vm, v)?),
        }
    }
    out.push_str(&end);
    match crate::object::native::<crate::modules::sys::Stream>(&file) {
        Some(s) if s.fd == 2 => crate::modules::sys::write_stderr(&out),
        Some(_) => {
            crate::modules::sys::write_stdout(&out);
            if flush {
                crate::modules::sys::flush_stdout();
            }
        }
        None => {
            if file.is_none() {
                crate::modules::sys::write_stdout(&out);
            } else {
                let (w, s) = ops::method_lookup(vm, &file, "write")?;
                let text = from_string(out);
                match s {
                    Some(s) => vm.call(&w, Args::new(&[s, text]))?,
                    None => vm.call(&w, Args::new(&[text]))?,
                };
                if flush {
                    let (f, s) = ops::method_lookup(vm, &file, "flush")?;
                    match s {
                        Some(s) => vm.call(&f, Args::new(&[s]))?,
                        None => vm.call(&f, Args::new(&[]))?,
                    };
                }
            }
        }
    }
    Ok(Value::None)
}

fn len(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = args.one("len")?;
    Ok(Value::Int(ops::len(vm, v)? as i64))
}

fn repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = args.one("repr")?;
    Ok(from_string(ops::repr(vm, v)?))
}

fn ascii(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = args.one("ascii")?;
    Ok(from_string(ascii_of(&ops::repr(vm, v)?)))
}

fn abs(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = args.one("abs")?;
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => num::big_to_value(num_bigint::BigInt::from(*i).magnitude().clone().into()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        _ => match v.payload() {
            Some(Payload::BigInt(b)) => Ok(num::big_to_value(num_traits::Signed::abs(b))),
            Some(Payload::Complex(r, i)) => {
                crate::types::methods::complex::abs((*r, *i)).map(Value::Float)
            }
            Some(Payload::Instance(_)) => match vm.call_special(v, "__abs__", &[])? {
                Some(r) => Ok(r),
                None => bail!(TypeError, "bad operand type for abs(): '{}'", type_name(v)),
            },
            _ => bail!(TypeError, "bad operand type for abs(): '{}'", type_name(v)),
        },
    }
}

fn min_max(vm: &Vm, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    args.only_kwargs(name, &["key", "default"])?;
    let key = args.kw("key").filter(|k| !k.is_none()).cloned();
    let default = args.kw("default").cloned();
    let pos = args.pos();
    let items: Vec<Value> = match pos.len() {
        0 => bail!(TypeError, "{} expected at least 1 argument, got 0", name),
        1 => collect(vm, &pos[0])?,
        _ => {
            if default.is_some() {
                bail!(
                    TypeError,
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                );
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, Args::new(std::slice::from_ref(&it)))?,
            None => it.clone(),
        };
        best = Some(match best {
            None => (k, it),
            Some((bk, bv)) => {
                let better = ops::compare(vm, &k, &bk, op)?;
                if ops::truthy(vm, &better)? {
                    (k, it)
                } else {
                    (bk, bv)
                }
            }
        });
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => bail!(ValueError, "{}() iterable argument is empty", name),
        },
    }
}

fn min(vm: &Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", CmpOp::Lt)
}

fn max(vm: &Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", CmpOp::Gt)
}

fn sum(vm: &Vm, args: Args) -> PyResult<Value> {
    args.only_kwargs("sum", &["start"])?;
    let pos = args.pos();
    if pos.is_empty() {
        bail!(
            TypeError,
            "sum() takes at least 1 positional argument (0 given)"
        );
    }
    if pos.len() > 2 {
        bail!(
            TypeError,
            "sum() takes at most 2 arguments ({} given)",
            pos.len()
        );
    }
    let start = pos
        .get(1)
        .or_else(|| args.kw("start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    match start.payload() {
        Some(Payload::Str(_)) => bail!(
            TypeError,
            "sum() can't sum strings [use ''.join(seq) instead]"
        ),
        Some(Payload::Bytes(_)) => bail!(
            TypeError,
            "sum() can't sum bytes [use b''.join(seq) instead]"
        ),
        _ if &*type_name(&start) == "bytearray" => bail!(
            TypeError,
            "sum() can't sum bytearray [use b''.join(seq) instead]"
        ),
        _ => {}
    }
    let it = ops::iter(vm, &pos[0])?;
    let mut acc = start;
    // Float sums use Neumaier compensation as CPython 3.12+ does.
    let mut comp = 0.0f64;
    let mut float_mode = false;
    while let Some(x) = ops::next(vm, &it)? {
        if let (Value::Float(a), Value::Float(b)) = (&acc, &x) {
            acc = Value::Float(neumaier_add(*a, *b, &mut comp));
            float_mode = true;
            continue;
        }
        if float_mode {
            if let (Value::Float(a), Some(num::IntRef::Small(b))) = (&acc, num::as_int(&x)) {
                acc = Value::Float(neumaier_add(*a, b as f64, &mut comp));
                continue;
            }
            if let Value::Float(a) = acc {
                if comp != 0.0 && a.is_finite() {
                    acc = Value::Float(a + comp);
                }
            }
            comp = 0.0;
            float_mode = false;
        }
        acc = ops::binary_op(vm, &acc, &x, BinOp::Add)?;
    }
    if float_mode {
        if let Value::Float(a) = acc {
            if comp != 0.0 && a.is_finite() {
                acc = Value::Float(a + comp);
            }
        }
    }
    Ok(acc)
}

/// One step of Neumaier's compensated summation: returns a + b and accumulates the rounding
/// error into `comp`.
fn neumaier_add(a: f64, b: f64, comp: &mut f64) -> f64 {
    let t = a + b;
    if t.is_finite() {
        if a.abs() >= b.abs() {
            *comp += (a - t) + b;
        } else {
            *comp += (b - t) + a;
        }
    }
    t
}

fn sorted(vm: &Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        bail!(TypeError, "sorted expected 1 argument, got {}", pos.len());
    }
    // The keywords go to list.sort(), which names itself in the error.
    args.only_kwargs("sort", &["key", "reverse"])?;
    let mut items = collect(vm, &pos[0])?;
    let key = args.kw("key").filter(|k| !k.is_none()).cloned();
    let reverse = match args.kw("reverse") {
        Some(r) => ops::truthy(vm, r)?,
        None => false,
    };
    sort::sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(new_list(items))
}

fn reversed(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = &args.range("reversed", 1, 1)?[0];
    match v.payload() {
        Some(Payload::Range(r)) => {
            let n = r.len();
            Ok(new_iter(IterState::Range {
                next: r.get(n - 1),
                step: r.step.wrapping_neg(),
                remaining: n,
            }))
        }
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_)) => {
            let n = ops::len(vm, v)? as i64;
            Ok(new_iter(IterState::Reversed {
                seq: v.clone(),
                index: n - 1,
            }))
        }
        Some(Payload::Dict(_)) if v.instance().is_none() => match v.obj() {
            Some(o) => Ok(new_iter(IterState::dict_reversed(o.clone(), 0))),
            None => bail!(TypeError, "'dict' object is not reversible"),
        },
        _ => {
            if let Some(r) = vm.call_special(v, "__reversed__", &[])? {
                return Ok(r);
            }
            let ty = type_of(v);
            if typeobj::lookup(&ty, "__getitem__").is_some()
                && typeobj::lookup(&ty, "__len__").is_some()
            {
                let n = ops::len(vm, v)? as i64;
                return Ok(new_iter(IterState::Reversed {
                    seq: v.clone(),
                    index: n - 1,
                }));
            }
            bail!(TypeError, "'{}' object is not reversible", type_name(v))
        }
    }
}

fn isinstance(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("isinstance", 2, 2)?;
    if &*type_name(&p[1]) == "GenericAlias" {
        bail!(
            TypeError,
            "isinstance() argument 2 cannot be a parameterized generic"
        );
    }
    Ok(Value::Bool(construct::isinstance(vm, &p[0], &p[1])?))
}

fn issubclass(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("issubclass", 2, 2)?;
    if &*type_name(&p[1]) == "GenericAlias" {
        bail!(
            TypeError,
            "issubclass() argument 2 cannot be a parameterized generic"
        );
    }
    let Some(sub) = p[0].obj().filter(|o| matches!(o.payload, Payload::Type(_))) else {
        // A metaclass's __subclasscheck__ decides for non-classes too.
        if let Some(Payload::Type(t)) = p[1].raw_payload() {
            if t.meta.is_some() {
                if let Some(check) = typeobj::lookup(&type_of(&p[1]), "__subclasscheck__") {
                    if !matches!(check.raw_payload(), Some(Payload::Builtin(_))) {
                        let r = vm.call(&check, Args::new(&[p[1].clone(), p[0].clone()]))?;
                        return Ok(Value::Bool(crate::ops::truthy(vm, &r)?));
                    }
                }
            }
        }
        bail!(TypeError, "issubclass() arg 1 must be a class");
    };
    Ok(Value::Bool(construct::subclass_check(
        vm,
        sub,
        &p[1],
        "issubclass",
    )?))
}

fn id(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = args.one("id")?;
    Ok(Value::Int(match v {
        Value::Obj(o) => o.addr() as i64,
        Value::None => 0x1000,
        Value::Bool(b) => 0x2000 + *b as i64 * 16,
        Value::Int(i) => {
            0x7000_0000_0000u64.wrapping_add((*i as u64).wrapping_mul(32)) as i64 & i64::MAX
        }
        Value::Float(f) => 0x6000_0000_0000u64.wrapping_add(f.to_bits() >> 4) as i64 & i64::MAX,
        Value::Null => 0,
    }))
}

fn hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = args.one("hash")?;
    Ok(Value::Int(ops::hash(vm, v)?))
}

fn iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("iter", 1, 2)?;
    if p.len() == 2 {
        if !construct::callable_value(&p[0]) {
            bail!(TypeError, "iter(v, w): v must be callable");
        }
        return Ok(new_iter(IterState::Callable {
            func: p[0].clone(),
            sentinel: p[1].clone(),
        }));
    }
    ops::iter(vm, &p[0])
}

fn next(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("next", 1, 2)?;
    if crate::interp::coroutine::is_helper(&p[0]) {
        return crate::interp::coroutine::builtin_next(vm, &p[0], p.get(1));
    }
    if !matches!(
        p[0].payload(),
        Some(Payload::Iter(_) | Payload::Generator(_) | Payload::Instance(_))
    ) {
        bail!(
            TypeError,
            "'{}' object is not an iterator",
            type_name(&p[0])
        );
    }
    if let Some(Payload::Generator(_)) = p[0].payload() {
        return match crate::interp::generator::resume(vm, &p[0], Value::None)? {
            Ok(v) => Ok(v),
            Err(ret) => match p.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(crate::interp::generator::stop_iteration(ret)),
            },
        };
    }
    if let Some(Payload::Instance(_)) = p[0].raw_payload() {
        // The iterator's own StopIteration (with its value) propagates when there is no default.
        return match vm.call_special(&p[0], "__next__", &[]) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => bail!(
                TypeError,
                "'{}' object is not an iterator",
                type_name(&p[0])
            ),
            Err(e) if e.matches(ExcKind::StopIteration) => match p.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(e),
            },
            Err(e) => Err(e),
        };
    }
    match ops::next(vm, &p[0])? {
        Some(v) => Ok(v),
        None => match p.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(crate::error::PyErr::with_args(
                ExcKind::StopIteration,
                vec![],
            )),
        },
    }
}

fn any(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = args.one("any")?;
    let it = ops::iter(vm, v)?;
    while let Some(x) = ops::next(vm, &it)? {
        if ops::truthy(vm, &x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = args.one("all")?;
    let it = ops::iter(vm, v)?;
    while let Some(x) = ops::next(vm, &it)? {
        if !ops::truthy(vm, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn round(vm: &Vm, args: Args) -> PyResult<Value> {
    args.only_kwargs("round", &["number", "ndigits"])?;
    let p = args.pos();
    let Some(x) = p.first().or_else(|| args.kw("number")) else {
        bail!(
            TypeError,
            "round() missing required argument 'number' (pos 1)"
        );
    };
    let nd = p
        .get(1)
        .or_else(|| args.kw("ndigits"))
        .cloned()
        .unwrap_or(Value::None);
    let nd_given = Some(&nd).filter(|n| !n.is_none());
    if let Some(r) = crate::types::methods::numbers::round_number(vm, x, nd_given) {
        return r;
    }
    match vm.call_special(
        x,
        "__round__",
        if nd.is_none() {
            &[]
        } else {
            std::slice::from_ref(&nd)
        },
    )? {
        Some(r) => Ok(r),
        None => bail!(
            TypeError,
            "type {} doesn't define __round__ method",
            type_name(x)
        ),
    }
}

fn divmod(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("divmod", 2, 2)?;
    let (a, b) = (&p[0], &p[1]);
    if let (Value::Float(_), _) | (_, Value::Float(_)) = (a, b) {
        if let (Some(x), Some(y)) = (num::as_f64(a), num::as_f64(b)) {
            let (x, y) = (x?, y?);
            if y == 0.0 {
                bail!(ZeroDivisionError, "float divmod()");
            }
            let (q, r) = num::float_divmod(x, y);
            return Ok(new_tuple(vec![Value::Float(q), Value::Float(r)]));
        }
    }
    if let (Some(_), Some(_)) = (num::as_int(a), num::as_int(b)) {
        let q = ops::binary_op(vm, a, b, BinOp::FloorDiv)?;
        let r = ops::binary_op(vm, a, b, BinOp::Mod)?;
        return Ok(new_tuple(vec![q, r]));
    }
    // Built-in types are handled above; only classes' special methods remain.
    if a.instance().is_none() && b.instance().is_none() {
        return crate::types::methods::numbers::divmod_type_error(a, b);
    }
    if let Some(r) = vm.call_special(a, "__divmod__", std::slice::from_ref(b))? {
        if !ops::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(r) = match b.instance() {
        Some(_) => vm.call_special(b, "__rdivmod__", std::slice::from_ref(a))?,
        None => None,
    } {
        if !ops::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    bail!(
        TypeError,
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name(a),
        type_name(b)
    )
}

fn pow(vm: &Vm, args: Args) -> PyResult<Value> {
    args.only_kwargs("pow", &["base", "exp", "mod"])?;
    let p = args.pos();
    let base = p
        .first()
        .or_else(|| args.kw("base"))
        .cloned()
        .ok_or_else(|| py_err!(TypeError, "pow() missing required argument 'base' (pos 1)"))?;
    let exp = p
        .get(1)
        .or_else(|| args.kw("exp"))
        .cloned()
        .ok_or_else(|| py_err!(TypeError, "pow() missing required argument 'exp' (pos 2)"))?;
    let m = p
        .get(2)
        .or_else(|| args.kw("mod"))
        .cloned()
        .unwrap_or(Value::None);
    if m.is_none() {
        return ops::binary_op(vm, &base, &exp, BinOp::Pow);
    }
    crate::types::methods::numbers::pow3(vm, &base, &exp, &m)
}

fn chr(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = args.one("chr")?;
    let i = match num::as_int(v) {
        Some(num::IntRef::Small(i)) => i,
        Some(num::IntRef::Big(_)) => -1,
        None => bail!(
            TypeError,
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ),
    };
    if !(0..0x110000).contains(&i) {
        bail!(ValueError, "chr() arg not in range(0x110000)");
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(new_str(c.encode_utf8(&mut [0; 4]))),
        None => bail!(
            ValueError,
            "surrogate code points are not supported by Spindle strings yet"
        ),
    }
}

fn ord(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = args.one("ord")?;
    match v.payload() {
        Some(Payload::Str(s)) => {
            if s.char_len() != 1 {
                bail!(
                    TypeError,
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                );
            }
            Ok(Value::Int(
                s.as_str().chars().next().map(|c| c as i64).unwrap_or(0),
            ))
        }
        Some(Payload::Bytes(b)) => {
            if b.len() != 1 {
                bail!(
                    TypeError,
                    "ord() expected a character, but string of length {} found",
                    b.len()
                );
            }
            Ok(Value::Int(b[0] as i64))
        }
        _ => match crate::types::methods::misc::as_bytearray(v) {
            Some(b) => {
                let d = b.data.read();
                if d.len() != 1 {
                    bail!(
                        TypeError,
                        "ord() expected a character, but string of length {} found",
                        d.len()
                    );
                }
                Ok(Value::Int(d[0] as i64))
            }
            None => bail!(
                TypeError,
                "ord() expected string of length 1, but {} found",
                type_name(v)
            ),
        },
    }
}

fn int_to_base(vm: &Vm, v: &Value, radix: u32, prefix: &str) -> PyResult<Value> {
    let iv = num::index_value(vm, v)?;
    let i = num::as_int(&iv).map(|i| i.to_big()).unwrap_or_default();
    let neg = num_traits::Signed::is_negative(&i);
    let digits = num_traits::Signed::abs(&i).to_str_radix(radix);
    Ok(from_string(format!(
        "{}{}{}",
        if neg { "-" } else { "" },
        prefix,
        digits
    )))
}

fn hex(vm: &Vm, args: Args) -> PyResult<Value> {
    int_to_base(vm, args.one("hex")?, 16, "0x")
}

fn oct(vm: &Vm, args: Args) -> PyResult<Value> {
    int_to_base(vm, args.one("oct")?, 8, "0o")
}

fn bin(vm: &Vm, args: Args) -> PyResult<Value> {
    int_to_base(vm, args.one("bin")?, 2, "0b")
}

fn callable(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = args.one("callable")?;
    Ok(Value::Bool(construct::callable_value(v)))
}

fn attr_name<'a>(v: &'a Value, fname: &str) -> PyResult<&'a str> {
    match as_str(v) {
        Some(s) => Ok(s),
        None => {
            let _ = fname;
            bail!(
                TypeError,
                "attribute name must be string, not '{}'",
                type_name(v)
            )
        }
    }
}

fn getattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("getattr", 2, 3)?;
    let name = attr_name(&p[1], "getattr")?;
    match ops::getattr(vm, &p[0], name) {
        Ok(v) => Ok(v),
        Err(e) if p.len() == 3 && e.matches(ExcKind::AttributeError) => Ok(p[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("setattr", 3, 3)?;
    let name = attr_name(&p[1], "setattr")?;
    ops::setattr(vm, &p[0], name, p[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("hasattr", 2, 2)?;
    let name = attr_name(&p[1], "hasattr")?;
    match ops::getattr(vm, &p[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.matches(ExcKind::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("delattr", 2, 2)?;
    let name = attr_name(&p[1], "delattr")?;
    ops::delattr(vm, &p[0], name)?;
    Ok(Value::None)
}

fn format(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("format", 1, 2)?;
    let spec = match p.get(1) {
        Some(s) => match as_str(s) {
            Some(s) => s.to_string(),
            None => bail!(
                TypeError,
                "format() argument 2 must be str, not {}",
                type_name(s)
            ),
        },
        None => String::new(),
    };
    Ok(from_string(crate::format::format_value(vm, &p[0], &spec)?))
}

fn input(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("input", 0, 1)?;
    if let Some(prompt) = p.first() {
        crate::modules::sys::write_stdout(&ops::str_(vm, prompt)?);
    }
    crate::modules::sys::flush_stdout();
    let mut line = String::new();
    let n = vm.allow_threads(|| std::io::stdin().read_line(&mut line));
    match n {
        Ok(0) => bail!(EOFError, "EOF when reading a line"),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(from_string(line))
        }
        Err(e) => bail!(OSError, "{}", e),
    }
}

fn dir(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("dir", 0, 1)?;
    let Some(v) = p.first() else {
        let names = frame_ctx::sorted_keys(&caller_locals(vm));
        return Ok(new_list(names.into_iter().map(|n| new_str(&n)).collect()));
    };
    if let Some(r) = crate::types::methods::object::dir_override(vm, v)? {
        return Ok(r);
    }
    let mut names: Vec<String> = crate::types::methods::object::implicit_dir_names(v);
    fn add_dict(names: &mut Vec<String>, d: &ObjRef) {
        if let Payload::Dict(d) = &d.payload {
            for k in d.keys() {
                if let Some(s) = as_str(&k) {
                    names.push(s.to_string());
                }
            }
        }
    }
    match v.raw_payload() {
        Some(Payload::Module(m)) => add_dict(&mut names, &m.dict),
        Some(Payload::Instance(i)) => {
            for (k, _) in i.items() {
                if let Some(s) = as_str(&k) {
                    names.push(s.to_string());
                }
            }
        }
        _ => {}
    }
    let ty = if let Some(Payload::Type(_)) = v.raw_payload() {
        v.obj().cloned()
    } else {
        Some(type_of(v))
    };
    if let Some(ty) = ty.filter(|_| !matches!(v.payload(), Some(Payload::Module(_)))) {
        if let Some(t) = typeobj::as_type(&ty) {
            for base in t.mro.read().iter() {
                if let Some(bt) = typeobj::as_type(base) {
                    match &bt.attrs {
                        typeobj::TypeAttrs::Frozen(m) => {
                            names.extend(m.keys().map(|k| k.to_string()))
                        }
                        typeobj::TypeAttrs::Dict(d) => add_dict(&mut names, d),
                    }
                }
            }
        }
    }
    names.sort();
    names.dedup();
    let _ = vm;
    Ok(new_list(names.into_iter().map(|n| new_str(&n)).collect()))
}

fn vars(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("vars", 0, 1)?;
    let Some(v) = p.first() else {
        return Ok(caller_locals(vm));
    };
    match ops::attr::getattr_opt(vm, v, "__dict__")? {
        Some(d) => Ok(d),
        None => bail!(TypeError, "vars() argument must have __dict__ attribute"),
    }
}

fn exec_or_eval(vm: &Vm, args: Args, mode: spindle_compiler::Mode, name: &str) -> PyResult<Value> {
    let is_exec = mode == spindle_compiler::Mode::Exec;
    let allowed: &[&str] = if is_exec {
        &["globals", "locals", "closure"]
    } else {
        &["globals", "locals"]
    };
    args.only_kwargs(name, allowed)?;
    let p = args.pos();
    if p.is_empty() {
        bail!(
            TypeError,
            "{}() takes at least 1 positional argument (0 given)",
            name
        );
    }
    if p.len() > 3 {
        bail!(
            TypeError,
            "{}() takes at most 3 positional arguments ({} given)",
            name,
            p.len()
        );
    }
    let gv = p.get(1).or_else(|| args.kw("globals")).cloned();
    let lv = p.get(2).or_else(|| args.kw("locals")).cloned();
    if p.len() > 1 && args.kw("globals").is_some() {
        bail!(
            TypeError,
            "argument for {}() given by name ('globals') and position (2)",
            name
        );
    }
    let lv = lv.filter(|l| !l.is_none());
    if let Some(l) = &lv {
        let is_mapping = matches!(l.payload(), Some(Payload::Dict(_)))
            || typeobj::lookup(&type_of(l), "__getitem__").is_some();
        if !is_mapping {
            if is_exec {
                bail!(
                    TypeError,
                    "locals must be a mapping or None, not {}",
                    type_name(l)
                );
            }
            bail!(TypeError, "locals must be a mapping");
        }
    }
    let (globals, locals) = match gv.filter(|g| !g.is_none()) {
        Some(Value::Obj(g)) if matches!(g.payload, Payload::Dict(_)) => (g, lv),
        Some(other) => {
            if is_exec {
                bail!(
                    TypeError,
                    "exec() globals must be a dict, not {}",
                    type_name(&other)
                );
            }
            if typeobj::lookup(&type_of(&other), "__getitem__").is_some() {
                bail!(
                    TypeError,
                    "globals must be a real dict; try eval(expr, {{}}, mapping)"
                );
            }
            bail!(TypeError, "globals must be a dict");
        }
        None => match frame_ctx::caller() {
            Some(c) => {
                let same = matches!(&c.locals, Value::Obj(o) if ObjRef::ptr_eq(o, &c.globals));
                let l = match lv {
                    Some(l) => Some(l),
                    None if same => None,
                    None => Some(c.locals),
                };
                (c.globals, l)
            }
            None => (main_globals(vm), lv),
        },
    };
    if let Payload::Dict(g) = &globals.payload {
        if g.get_str("__builtins__").is_none() {
            g.set_str("__builtins__", Value::Obj(vm.interp.builtins_dict.clone()));
        }
    }
    let locals = locals.and_then(|l| l.obj().cloned());
    let code = match p[0].payload() {
        Some(Payload::Code(_)) => p[0]
            .obj()
            .cloned()
            .ok_or_else(|| py_err!(SystemError, "code"))?,
        Some(Payload::Str(s)) => {
            let src = s.as_str();
            if src.contains('\0') {
                bail!(SyntaxError, "source code string cannot contain null bytes");
            }
            crate::compile_source(vm, src, "<string>", mode)?
        }
        Some(Payload::Bytes(b)) => {
            let Ok(src) = std::str::from_utf8(b) else {
                bail!(
                    SyntaxError,
                    "(unicode error) 'utf-8' codec can't decode bytes"
                );
            };
            if src.contains('\0') {
                bail!(SyntaxError, "source code string cannot contain null bytes");
            }
            crate::compile_source(vm, src, "<string>", mode)?
        }
        _ => {
            if is_exec {
                bail!(
                    TypeError,
                    "exec() arg 1 must be a string, bytes or code object"
                );
            }
            bail!(
                TypeError,
                "eval() arg 1 must be a string, bytes or code object"
            );
        }
    };
    let r = match locals {
        Some(l) if !ObjRef::ptr_eq(&l, &globals) && matches!(l.payload, Payload::Dict(_)) => {
            run_with_separate_locals(vm, code, &globals, &l)?
        }
        other => crate::run_code_obj(vm, code, &globals, other)?,
    };
    Ok(if is_exec { Value::None } else { r })
}

/// Run module-level code with a locals dict distinct from its globals.
///
/// Spindle compiles module-level names as globals, so the code runs in a scratch namespace
/// holding the globals overlaid with the locals; afterwards every name the code bound, rebound
/// or deleted is carried to the locals dict, which is where CPython's `STORE_NAME` puts it.
fn run_with_separate_locals(
    vm: &Vm,
    code: ObjRef,
    globals: &ObjRef,
    locals: &ObjRef,
) -> PyResult<Value> {
    let (Payload::Dict(g), Payload::Dict(l)) = (&globals.payload, &locals.payload) else {
        return crate::run_code_obj(vm, code, globals, Some(locals.clone()));
    };
    let scratch = crate::types::dict::DictObj::new();
    let mut before: Vec<(Value, Value)> = g.items();
    before.extend(l.items());
    for (k, v) in &before {
        scratch.set(vm, k.clone(), v.clone())?;
    }
    let scratch = ObjRef::new(Payload::Dict(scratch));
    let r = crate::run_code_obj(vm, code, &scratch, None);
    if let Payload::Dict(sd) = &scratch.payload {
        let after = sd.items();
        for (k, v) in &after {
            let unchanged = match (l.get(vm, k)?, g.get(vm, k)?) {
                (Some(old), _) => old.is(v),
                (None, Some(old)) => old.is(v),
                (None, None) => false,
            };
            if !unchanged {
                l.set(vm, k.clone(), v.clone())?;
            }
        }
        for (k, _) in l.items() {
            if sd.get(vm, &k)?.is_none() {
                l.remove(vm, &k)?;
            }
        }
    }
    r
}

fn exec(vm: &Vm, args: Args) -> PyResult<Value> {
    exec_or_eval(vm, args, spindle_compiler::Mode::Exec, "exec")
}

fn eval(vm: &Vm, args: Args) -> PyResult<Value> {
    exec_or_eval(vm, args, spindle_compiler::Mode::Eval, "eval")
}

fn compile(vm: &Vm, args: Args) -> PyResult<Value> {
    let names = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ];
    args.only_kwargs("compile", &names)?;
    let p = args.pos();
    if p.len() > 6 {
        bail!(
            TypeError,
            "compile() takes at most 6 arguments ({} given)",
            p.len()
        );
    }
    let get = |i: usize| -> Option<&Value> {
        match p.get(i) {
            Some(v) => Some(v),
            None => names.get(i).and_then(|n| args.kw(n)),
        }
    };
    for (i, n) in names.iter().enumerate().take(3) {
        if get(i).is_none() {
            bail!(
                TypeError,
                "compile() missing required argument '{}' (pos {})",
                n,
                i + 1
            );
        }
    }
    let filename = match get(1) {
        Some(v) => match v.payload() {
            Some(Payload::Str(s)) => s.as_str().to_string(),
            Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
            _ => bail!(
                TypeError,
                "expected str, bytes or os.PathLike object, not {}",
                type_name(v)
            ),
        },
        None => String::new(),
    };
    let mode = match get(2).map(|v| (v, as_str(v))) {
        Some((_, Some(m))) => m,
        Some((v, None)) => bail!(
            TypeError,
            "compile() argument 'mode' must be str, not {}",
            type_name(v)
        ),
        None => "exec",
    };
    let m = match mode {
        "exec" | "single" => spindle_compiler::Mode::Exec,
        "eval" => spindle_compiler::Mode::Eval,
        _ => bail!(
            ValueError,
            "compile() mode must be 'exec', 'eval' or 'single'"
        ),
    };
    let src_v = get(0).cloned().unwrap_or(Value::None);
    let src: String = match src_v.payload() {
        Some(Payload::Str(s)) => s.as_str().to_string(),
        Some(Payload::Bytes(b)) => match std::str::from_utf8(b) {
            Ok(s) => s.to_string(),
            Err(_) => bail!(
                SyntaxError,
                "(unicode error) 'utf-8' codec can't decode bytes"
            ),
        },
        _ => bail!(
            TypeError,
            "compile() arg 1 must be a string, bytes or AST object"
        ),
    };
    if src.contains('\0') {
        bail!(SyntaxError, "source code string cannot contain null bytes");
    }
    Ok(Value::Obj(crate::compile_source(vm, &src, &filename, m)?))
}

fn aiter(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = args.one("aiter")?;
    let has = |x: &Value, name: &str| {
        crate::interp::generator::as_gen(x)
            .is_some_and(|g| g.kind == crate::types::generator::GenKind::AsyncGenerator)
            || typeobj::lookup(&type_of(x), name).is_some()
    };
    if !has(v, "__aiter__") {
        bail!(
            TypeError,
            "'{}' object is not an async iterable",
            type_name(v)
        );
    }
    let f = ops::getattr(vm, v, "__aiter__")?;
    let r = vm.call(&f, Args::new(&[]))?;
    if !has(&r, "__anext__") {
        bail!(
            TypeError,
            "aiter() returned not an async iterator of type '{}'",
            type_name(&r)
        );
    }
    Ok(r)
}

/// `async def` helper behind `anext(it, default)`, compiled on first use.
static ANEXT_DEFAULT: std::sync::OnceLock<Value> = std::sync::OnceLock::new();

const ANEXT_DEFAULT_SRC: &str = "async def anext_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
";

fn anext(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.range("anext", 1, 2)?;
    let it = &p[0];
    let is_agen = crate::interp::generator::as_gen(it)
        .is_some_and(|g| g.kind == crate::types::generator::GenKind::AsyncGenerator);
    if !is_agen && typeobj::lookup(&type_of(it), "__anext__").is_none() {
        bail!(
            TypeError,
            "'{}' object is not an async iterator",
            type_name(it)
        );
    }
    let f = ops::getattr(vm, it, "__anext__")?;
    let awaitable = vm.call(&f, Args::new(&[]))?;
    let Some(default) = p.get(1) else {
        return Ok(awaitable);
    };
    let helper = match ANEXT_DEFAULT.get() {
        Some(h) => h.clone(),
        None => {
            let g = crate::types::dict::new_dict_obj();
            if let Payload::Dict(d) = &g.payload {
                d.set_str("__builtins__", Value::Obj(vm.interp.builtins.clone()));
                d.set_str("__name__", new_str("builtins"));
            }
            crate::run_code_in(vm, ANEXT_DEFAULT_SRC, "<anext>", &g)?;
            let h = match &g.payload {
                Payload::Dict(d) => d.get_str("anext_default"),
                _ => None,
            }
            .ok_or_else(|| py_err!(SystemError, "anext helper missing"))?;
            ANEXT_DEFAULT.get_or_init(|| h).clone()
        }
    };
    vm.call(&helper, Args::new(&[awaitable, default.clone()]))
}

fn breakpoint(vm: &Vm, args: Args) -> PyResult<Value> {
    if let Some(hook) = vm.module_attr("sys", "breakpointhook") {
        return vm.call(&hook, args);
    }
    let target = std::env::var("PYTHONBREAKPOINT").unwrap_or_default();
    if target == "0" {
        return Ok(Value::None);
    }
    let target = if target.is_empty() {
        "pdb.set_trace".to_string()
    } else {
        target
    };
    let (module, func) = match target.rsplit_once('.') {
        Some((m, f)) => (m.to_string(), f.to_string()),
        None => ("builtins".to_string(), target.clone()),
    };
    let globals = crate::types::dict::new_dict_obj();
    let found = crate::import::import_name(vm, &module, &globals, &Value::None, 0)
        .ok()
        .and_then(|_| vm.module(&module))
        .and_then(|m| {
            ops::attr::getattr_opt(vm, &Value::Obj(m), &func)
                .ok()
                .flatten()
        });
    match found {
        Some(f) => vm.call(&f, args),
        None => {
            eprintln!("RuntimeWarning: Ignoring unimportable $PYTHONBREAKPOINT: \"{target}\"");
            Ok(Value::None)
        }
    }
}

fn import(vm: &Vm, args: Args) -> PyResult<Value> {
    let names = ["name", "globals", "locals", "fromlist", "level"];
    args.only_kwargs("__import__", &names)?;
    let p = args.pos();
    if p.len() > 5 {
        bail!(
            TypeError,
            "__import__() takes at most 5 arguments ({} given)",
            p.len()
        );
    }
    let get = |i: usize| p.get(i).or_else(|| names.get(i).and_then(|n| args.kw(n)));
    let Some(name_v) = get(0) else {
        bail!(
            TypeError,
            "__import__() missing required argument 'name' (pos 1)"
        )
    };
    let Some(name) = as_str(name_v) else {
        bail!(TypeError, "module name must be a string")
    };
    let level = match get(4) {
        Some(v) => ops::index_of(v)?,
        None => 0,
    };
    if level < 0 {
        bail!(ValueError, "level must be >= 0");
    }
    if name.is_empty() && level == 0 {
        bail!(ValueError, "Empty module name");
    }
    let fromlist = get(3).cloned().unwrap_or(Value::None);
    let globals = match get(1) {
        Some(Value::Obj(g)) if matches!(g.payload, Payload::Dict(_)) => g.clone(),
        _ if level > 0 => caller_globals(vm),
        _ => crate::types::dict::new_dict_obj(),
    };
    crate::import::import_name(vm, name, &globals, &fromlist, level)
}

/// The main module's namespace dict (or a fresh dict before there is one).
fn main_globals(vm: &Vm) -> ObjRef {
    vm.module("__main__")
        .and_then(|m| crate::types::module::as_module(&m).map(|m| m.dict.clone()))
        .unwrap_or_else(crate::types::dict::new_dict_obj)
}

/// The calling frame's globals, or the main module's when called from native code.
fn caller_globals(vm: &Vm) -> ObjRef {
    match frame_ctx::caller() {
        Some(c) => c.globals,
        None => main_globals(vm),
    }
}

/// `locals()` of the calling frame: a snapshot dict in functions, the namespace otherwise.
fn caller_locals(vm: &Vm) -> Value {
    match frame_ctx::caller() {
        Some(c) => c.locals,
        None => Value::Obj(main_globals(vm)),
    }
}

/// CPython's check for builtins that take no arguments.
fn no_args(args: &Args, name: &str) -> PyResult<()> {
    args.no_kwargs(name)?;
    let n = args.pos().len();
    if n != 0 {
        bail!(TypeError, "{}() takes no arguments ({} given)", name, n);
    }
    Ok(())
}

fn globals(vm: &Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "globals")?;
    Ok(Value::Obj(caller_globals(vm)))
}

fn locals(vm: &Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "locals")?;
    Ok(caller_locals(vm))
}

/// Register every builtin in the builtins module's dict.
pub fn init(d: &ObjRef) {
    let Payload::Dict(dict) = &d.payload else {
        return;
    };
    let fns: &[(&'static str, crate::types::function::NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("sorted", sorted),
        ("reversed", reversed),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("id", id),
        ("hash", hash),
        ("iter", iter),
        ("next", next),
        ("any", any),
        ("all", all),
        ("round", round),
        ("divmod", divmod),
        ("pow", pow),
        ("chr", chr),
        ("ord", ord),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("callable", callable),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("format", format),
        ("input", input),
        ("dir", dir),
        ("vars", vars),
        ("exec", exec),
        ("eval", eval),
        ("compile", compile),
        ("__import__", import),
        ("globals", globals),
        ("locals", locals),
        ("aiter", aiter),
        ("anext", anext),
        ("breakpoint", breakpoint),
        ("__build_class__", class::build_class),
    ];
    for (name, f) in fns {
        dict.set_str(name, new_builtin(name, *f));
    }
    let t = types();
    let type_entries: &[(&str, &ObjRef)] = &[
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("property", &t.property),
        ("enumerate", t.iter_type("enumerate")),
        ("zip", t.iter_type("zip")),
        ("map", t.iter_type("map")),
        ("filter", t.iter_type("filter")),
    ];
    for (name, ty) in type_entries {
        dict.set_str(name, Value::Obj((*ty).clone()));
    }
    if let Some(ba) = t.native_types.get("bytearray") {
        dict.set_str("bytearray", Value::Obj(ba.clone()));
    }
    if let Some(mv) = t.native_types.get("memoryview") {
        dict.set_str("memoryview", Value::Obj(mv.clone()));
    }
    if let Some(sup) = t.native_types.get("super") {
        dict.set_str("super", Value::Obj(sup.clone()));
    }
    for kind in ExcKind::ALL {
        dict.set_str(kind.name(), Value::Obj(t.exc(*kind).clone()));
    }
    dict.set_str(
        "EnvironmentError",
        Value::Obj(t.exc(ExcKind::OSError).clone()),
    );
    dict.set_str("IOError", Value::Obj(t.exc(ExcKind::OSError).clone()));
    dict.set_str("None", Value::None);
    dict.set_str("True", Value::Bool(true));
    dict.set_str("False", Value::Bool(false));
    dict.set_str("NotImplemented", t.not_implemented.clone());
    dict.set_str("Ellipsis", t.ellipsis.clone());
    dict.set_str("__debug__", Value::Bool(true));
}
