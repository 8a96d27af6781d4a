//! The evaluation loop: runs a [`Frame`] until it returns, yields or raises.
//!
//! One `match` over the opcode per instruction. Errors leave the inner loop with `break 'ex`;
//! the handler search uses the code object's exception table (nothing is done on entering a
//! `try`). A traceback entry is added for the instruction that raised, except for re-raises.
//! Instructions own inline caches ([`Instr::cache`]): `LoadGlobal` keys its cache on the
//! versions of the globals and builtins dicts, so a hot global read is two atomic loads with no
//! lock and no reference-count write.

use crate::error::{PyErr, PyResult};
use crate::interp::attr_cache;
use crate::interp::call::kwargs_from_dict;
use crate::interp::frame::Frame;
use crate::interp::pattern;
use crate::object::Payload;
use crate::ops::{self};
use crate::types::dict::{as_dict, DictObj};
use crate::types::exceptions::{as_exc, ExcKind};
use crate::types::function::{as_code, Args, FuncObj};
use crate::types::list::new_list;
use crate::types::str::{as_str, from_string};
use crate::types::tuple::new_tuple;
use crate::types::{type_name, types};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use crate::{bail, py_err};
use parking_lot::RwLock;
use spindle_bytecode::opcodes::MakeFunctionFlags;
use spindle_bytecode::{BinOp, CmpOp, Opcode, UnOp};

/// How a frame stopped.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

fn unbound_local(name: &str) -> PyErr {
    py_err!(
        UnboundLocalError,
        "cannot access local variable '{}' where it is not associated with a value",
        name
    )
}

fn name_error(name: &str) -> PyErr {
    let e = py_err!(NameError, "name '{}' is not defined", name);
    crate::types::methods::exception::with_field(e, "name", crate::types::str::new_str(name))
}

/// Run `f` from its saved position.
pub fn run_frame(vm: &Vm, f: &mut Frame) -> PyResult<Exit> {
    // Borrow the frame's parts once (no reference-count traffic on entry): the code, the
    // namespaces, the slot array as a plain slice, and the saved position.
    let Frame {
        code: code_obj,
        globals: globals_obj,
        builtins: builtins_obj,
        slots: slot_vec,
        locals: frame_locals,
        pc: f_pc,
        sp: f_sp,
        stack_base,
        pending,
    } = f;
    let (code_obj, globals_obj, builtins_obj): (&ObjRef, &ObjRef, &ObjRef) =
        (code_obj, globals_obj, builtins_obj);
    let stack_base = *stack_base;
    let Some(code) = as_code(code_obj) else {
        bail!(SystemError, "frame without code")
    };
    let instrs = &code.code.instructions[..];
    let consts = &code.consts[..];
    let names = &code.names[..];
    let nlocals = code.code.varnames.len();
    let Payload::Dict(globals) = &globals_obj.payload else {
        bail!(SystemError, "globals must be a dict")
    };
    let Payload::Dict(builtins) = &builtins_obj.payload else {
        bail!(SystemError, "builtins must be a dict")
    };
    let mut pc = *f_pc;
    let mut sp = *f_sp;
    let slots: &mut [Value] = &mut slot_vec[..];
    let gil = vm.interp.gil.is_some();
    let mut backedges: u32 = 0;

    // Slots at and above `sp` are always unbound (Null), so a push overwrites without
    // dropping (forgetting a Null is free; it keeps the drop check out of the hot path).
    macro_rules! push {
        ($v:expr) => {{
            let v = $v;
            std::mem::forget(std::mem::replace(&mut slots[sp], v));
            sp += 1;
        }};
    }
    macro_rules! pop {
        () => {{
            sp -= 1;
            slots[sp].take_words()
        }};
    }
    macro_rules! top {
        () => {
            slots[sp - 1]
        };
    }
    macro_rules! name {
        ($i:expr) => {
            as_str(&names[$i as usize]).unwrap_or("")
        };
    }

    loop {
        let mut reraise = false;
        // A `raise` statement in this frame (the context is set where an exception is raised,
        // not again in every frame it passes through).
        let mut raised_here = false;
        let err: PyErr = 'ex: {
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => break 'ex e,
                    }
                };
            }
            if let Some(e) = pending.take() {
                // Thrown into a suspended generator: raise at the yield.
                break 'ex e;
            }
            loop {
                let ins = instrs[pc];
                pc += 1;
                let arg = ins.arg;
                match ins.op {
                    Opcode::Nop => {}
                    Opcode::PopTop => {
                        sp -= 1;
                        slots[sp] = Value::Null;
                        if crate::interp::generator::pending() {
                            let at = (pc - 1) as u32;
                            crate::interp::generator::run_pending(vm, code_obj, at, globals_obj);
                        }
                    }
                    Opcode::PushNull => push!(Value::Null),
                    Opcode::Copy => {
                        let v = slots[sp - arg as usize].clone();
                        push!(v);
                    }
                    Opcode::Swap => slots.swap(sp - 1, sp - arg as usize),
                    Opcode::LoadConst => push!(consts[arg as usize].clone()),
                    Opcode::LoadFast => {
                        let v = slots[arg as usize].clone();
                        if v.is_null() {
                            break 'ex unbound_local(&code.code.varnames[arg as usize]);
                        }
                        push!(v);
                    }
                    Opcode::StoreFast => {
                        let v = pop!();
                        slots[arg as usize] = v;
                    }
                    Opcode::DeleteFast => {
                        if slots[arg as usize].is_null() {
                            break 'ex unbound_local(&code.code.varnames[arg as usize]);
                        }
                        slots[arg as usize] = Value::Null;
                        if crate::interp::generator::pending() {
                            let at = (pc - 1) as u32;
                            crate::interp::generator::run_pending(vm, code_obj, at, globals_obj);
                        }
                    }
                    Opcode::LoadDeref => {
                        let v = match slots[nlocals + arg as usize].payload() {
                            Some(Payload::Cell(c)) => c.value.read().clone(),
                            _ => Value::Null,
                        };
                        if v.is_null() {
                            break 'ex deref_error(code, arg as usize);
                        }
                        push!(v);
                    }
                    Opcode::StoreDeref => {
                        let v = pop!();
                        if let Some(Payload::Cell(c)) = slots[nlocals + arg as usize].payload() {
                            let old = std::mem::replace(&mut *c.value.write(), v);
                            drop(old);
                        }
                    }
                    Opcode::DeleteDeref => {
                        let old = match slots[nlocals + arg as usize].payload() {
                            Some(Payload::Cell(c)) => std::mem::take(&mut *c.value.write()),
                            _ => Value::Null,
                        };
                        if old.is_null() {
                            break 'ex deref_error(code, arg as usize);
                        }
                    }
                    Opcode::LoadClosure => {
                        let c = slots[nlocals + arg as usize].clone();
                        push!(c);
                    }
                    Opcode::LoadGlobal => {
                        let gver = globals.version();
                        let bver = builtins.version();
                        let cache = code.global_caches.get(ins.cache as usize);
                        if let Some(v) = cache.and_then(|c| c.get(gver, bver)) {
                            push!(v);
                            continue;
                        }
                        let n = name!(arg);
                        let v = match globals.get_str(n) {
                            Some(v) => v,
                            None => match builtins.get_str(n) {
                                Some(v) => v,
                                None => break 'ex name_error(n),
                            },
                        };
                        if let Some(c) = cache {
                            c.fill(gver, bver, &v);
                        }
                        push!(v);
                    }
                    Opcode::StoreGlobal => {
                        let v = pop!();
                        globals.set_str_key(names[arg as usize].clone(), v);
                    }
                    Opcode::DeleteGlobal => {
                        let n = name!(arg);
                        if globals.remove_str(n).is_none() {
                            break 'ex name_error(n);
                        }
                        if crate::interp::generator::pending() {
                            let at = (pc - 1) as u32;
                            crate::interp::generator::run_pending(vm, code_obj, at, globals_obj);
                        }
                    }
                    Opcode::LoadName => {
                        let n = name!(arg);
                        let local = match frame_locals {
                            Some(l) => tri!(namespace_get(vm, l, &names[arg as usize])),
                            None => None,
                        };
                        let v = match local
                            .or_else(|| globals.get_str(n))
                            .or_else(|| builtins.get_str(n))
                        {
                            Some(v) => v,
                            None => break 'ex name_error(n),
                        };
                        push!(v);
                    }
                    Opcode::StoreName => {
                        let v = pop!();
                        match frame_locals {
                            Some(l) => tri!(namespace_set(vm, l, names[arg as usize].clone(), v)),
                            None => globals.set_str_key(names[arg as usize].clone(), v),
                        }
                    }
                    Opcode::DeleteName => {
                        let n = name!(arg);
                        let removed = match frame_locals {
                            Some(l) => match as_dict(&Value::Obj(l.clone())) {
                                Some(d) => d.remove_str(n),
                                None => None,
                            },
                            None => globals.remove_str(n),
                        };
                        if removed.is_none() {
                            break 'ex name_error(n);
                        }
                        drop(removed);
                        if crate::interp::generator::pending() {
                            let at = (pc - 1) as u32;
                            crate::interp::generator::run_pending(vm, code_obj, at, globals_obj);
                        }
                    }
                    Opcode::LoadAttr => {
                        let obj = pop!();
                        let cache = code.attr_caches.get(ins.cache as usize);
                        if let (Some(c), Some(inst)) = (cache, obj.instance()) {
                            if let Some(r) = attr_cache::load(vm, c, &obj, inst, false) {
                                let (v, _) = tri!(r);
                                push!(v);
                                continue;
                            }
                        } else if let (Some(c), Some(Payload::Type(t))) = (cache, obj.raw_payload())
                        {
                            if let Some(v) = attr_cache::load_class_attr(c, t) {
                                push!(v);
                                continue;
                            }
                        }
                        let (v, _) =
                            tri!(attr_cache::load_slow(vm, cache, &obj, name!(arg), false));
                        push!(v);
                    }
                    Opcode::LoadMethod => {
                        let obj = pop!();
                        let cache = code.attr_caches.get(ins.cache as usize);
                        if let (Some(c), Some(inst)) = (cache, obj.instance()) {
                            if let Some(r) = attr_cache::load(vm, c, &obj, inst, true) {
                                let (m, s) = tri!(r);
                                push!(m);
                                push!(s.unwrap_or(Value::Null));
                                continue;
                            }
                        }
                        let (m, s) = tri!(attr_cache::load_slow(vm, cache, &obj, name!(arg), true));
                        push!(m);
                        push!(s.unwrap_or(Value::Null));
                    }
                    Opcode::StoreAttr => {
                        let obj = pop!();
                        let v = pop!();
                        let cache = code.attr_caches.get(ins.cache as usize);
                        let v = match (cache, obj.instance()) {
                            (Some(c), Some(inst)) => match attr_cache::store(c, inst, v) {
                                Ok(()) => continue,
                                Err(v) => v,
                            },
                            _ => v,
                        };
                        tri!(attr_cache::store_slow(vm, cache, &obj, name!(arg), v));
                    }
                    Opcode::DeleteAttr => {
                        let obj = pop!();
                        tri!(ops::delattr(vm, &obj, name!(arg)));
                    }
                    Opcode::BinarySubscr => {
                        let key = pop!();
                        let obj = pop!();
                        if let (Value::Int(i), Some(Payload::List(l))) = (&key, obj.raw_payload()) {
                            let items = l.items.read();
                            let idx = if *i < 0 { *i + items.len() as i64 } else { *i };
                            if idx >= 0 && (idx as usize) < items.len() {
                                let v = items[idx as usize].clone();
                                drop(items);
                                push!(v);
                                continue;
                            }
                        }
                        let v = tri!(ops::getitem(vm, &obj, &key));
                        push!(v);
                    }
                    Opcode::StoreSubscr => {
                        let key = pop!();
                        let obj = pop!();
                        let v = pop!();
                        tri!(ops::setitem(vm, &obj, &key, v));
                    }
                    Opcode::DeleteSubscr => {
                        let key = pop!();
                        let obj = pop!();
                        tri!(ops::delitem(vm, &obj, &key));
                    }
                    Opcode::BuildSlice => {
                        let step = if arg == 3 { pop!() } else { Value::None };
                        let stop = pop!();
                        let start = pop!();
                        push!(Value::from_obj(Payload::Slice(Box::new([
                            start, stop, step
                        ]))));
                    }
                    Opcode::BinaryOp => {
                        let b = pop!();
                        let a = pop!();
                        let op = BinOp::from_arg(arg).unwrap_or(BinOp::Add);
                        if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                            let r = match op.plain() {
                                BinOp::Add => x.checked_add(*y),
                                BinOp::Sub => x.checked_sub(*y),
                                BinOp::Mul => x.checked_mul(*y),
                                _ => None,
                            };
                            if let Some(r) = r {
                                push!(Value::Int(r));
                                continue;
                            }
                        }
                        if let (Value::Float(x), Value::Float(y)) = (&a, &b) {
                            let r = match op.plain() {
                                BinOp::Add => Some(x + y),
                                BinOp::Sub => Some(x - y),
                                BinOp::Mul => Some(x * y),
                                _ => None,
                            };
                            if let Some(r) = r {
                                push!(Value::Float(r));
                                continue;
                            }
                        }
                        let v = tri!(ops::binary_op(vm, &a, &b, op));
                        push!(v);
                    }
                    Opcode::UnaryOp => {
                        let a = pop!();
                        let op = UnOp::from_arg(arg).unwrap_or(UnOp::Neg);
                        let v = tri!(ops::unary_op(vm, &a, op));
                        push!(v);
                    }
                    Opcode::CompareOp => {
                        let b = pop!();
                        let a = pop!();
                        let op = CmpOp::from_arg(arg).unwrap_or(CmpOp::Eq);
                        match (&a, &b) {
                            (Value::Int(x), Value::Int(y)) => {
                                push!(Value::Bool(ops::ord_matches(x.cmp(y), op)));
                                continue;
                            }
                            (Value::Float(x), Value::Float(y)) => {
                                push!(Value::Bool(ops::float_cmp(*x, *y, op)));
                                continue;
                            }
                            _ => {}
                        }
                        let v = tri!(ops::compare(vm, &a, &b, op));
                        push!(v);
                    }
                    Opcode::IsOp => {
                        let b = pop!();
                        let a = pop!();
                        push!(Value::Bool(a.is(&b) != (arg == 1)));
                    }
                    Opcode::ContainsOp => {
                        let b = pop!();
                        let a = pop!();
                        let r = tri!(ops::contains(vm, &b, &a));
                        push!(Value::Bool(r != (arg == 1)));
                    }
                    Opcode::BuildTuple => {
                        let n = arg as usize;
                        let items: Vec<Value> =
                            slots[sp - n..sp].iter_mut().map(std::mem::take).collect();
                        sp -= n;
                        push!(new_tuple(items));
                    }
                    Opcode::BuildList => {
                        let n = arg as usize;
                        let items: Vec<Value> =
                            slots[sp - n..sp].iter_mut().map(std::mem::take).collect();
                        sp -= n;
                        push!(new_list(items));
                    }
                    Opcode::BuildSet => {
                        let n = arg as usize;
                        let items: Vec<Value> =
                            slots[sp - n..sp].iter_mut().map(std::mem::take).collect();
                        sp -= n;
                        let t = tri!(crate::types::set::table_from(vm, items));
                        push!(crate::types::set::new_set(t));
                    }
                    Opcode::BuildMap => {
                        let n = arg as usize;
                        let items: Vec<Value> = slots[sp - 2 * n..sp]
                            .iter_mut()
                            .map(std::mem::take)
                            .collect();
                        sp -= 2 * n;
                        let d = DictObj::new();
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            tri!(d.set(vm, k, v));
                        }
                        push!(Value::from_obj(Payload::Dict(d)));
                    }
                    Opcode::BuildString => {
                        let n = arg as usize;
                        let mut s = String::new();
                        for v in &slots[sp - n..sp] {
                            s.push_str(as_str(v).unwrap_or(""));
                        }
                        for v in &mut slots[sp - n..sp] {
                            *v = Value::Null;
                        }
                        sp -= n;
                        push!(from_string(s));
                    }
                    Opcode::ListAppend => {
                        let v = pop!();
                        if let Some(Payload::List(l)) = slots[sp - arg as usize].payload() {
                            l.push(v);
                        }
                    }
                    Opcode::SetAdd => {
                        let v = pop!();
                        if let Some(Payload::Set(s)) = slots[sp - arg as usize].payload() {
                            tri!(s.add(vm, v));
                        }
                    }
                    Opcode::MapAdd => {
                        let v = pop!();
                        let k = pop!();
                        if let Some(Payload::Dict(d)) = slots[sp - arg as usize].payload() {
                            tri!(d.set(vm, k, v));
                        }
                    }
                    Opcode::ListExtend => {
                        let it = pop!();
                        let items = match crate::builtins::collect(vm, &it) {
                            Ok(items) => items,
                            Err(e)
                                if e.matches(ExcKind::TypeError) && ops::iter(vm, &it).is_err() =>
                            {
                                break 'ex py_err!(
                                    TypeError,
                                    "Value after * must be an iterable, not {}",
                                    type_name(&it)
                                )
                            }
                            Err(e) => break 'ex e,
                        };
                        if let Some(Payload::List(l)) = slots[sp - arg as usize].payload() {
                            l.items.write().extend(items);
                            l.touch();
                        }
                    }
                    Opcode::SetUpdate => {
                        let it = pop!();
                        let items = tri!(crate::builtins::collect(vm, &it));
                        if let Some(Payload::Set(s)) = slots[sp - arg as usize].payload() {
                            for v in items {
                                tri!(s.add(vm, v));
                            }
                        }
                    }
                    Opcode::DictUpdate => {
                        let m = pop!();
                        let target = slots[sp - arg as usize].clone();
                        if let Some(Payload::Dict(d)) = target.payload() {
                            if as_dict(&m).is_none()
                                && !matches!(m.payload(), Some(Payload::Instance(_)))
                            {
                                break 'ex py_err!(
                                    TypeError,
                                    "'{}' object is not a mapping",
                                    type_name(&m)
                                );
                            }
                            tri!(crate::types::methods::dict::update_from(vm, d, &m));
                        }
                    }
                    Opcode::DictMerge => {
                        let m = pop!();
                        let target = slots[sp - arg as usize].clone();
                        let callee = slots[sp - arg as usize - 3].clone();
                        tri!(dict_merge(vm, &target, &m, &callee));
                    }
                    Opcode::ListToTuple => {
                        let l = pop!();
                        let items = match l.payload() {
                            Some(Payload::List(l)) => l.snapshot(),
                            _ => Vec::new(),
                        };
                        push!(new_tuple(items));
                    }
                    Opcode::ConvertValue => {
                        let v = pop!();
                        let s = match arg {
                            1 => tri!(ops::str_(vm, &v)),
                            2 => tri!(ops::repr(vm, &v)),
                            _ => crate::builtins::ascii_of(&tri!(ops::repr(vm, &v))),
                        };
                        push!(from_string(s));
                    }
                    Opcode::FormatSimple => {
                        let v = pop!();
                        if as_str(&v).is_some() {
                            push!(v);
                        } else {
                            let s = tri!(crate::format::format_value(vm, &v, ""));
                            push!(from_string(s));
                        }
                    }
                    Opcode::FormatWithSpec => {
                        let spec = pop!();
                        let v = pop!();
                        let s = tri!(crate::format::format_value(
                            vm,
                            &v,
                            as_str(&spec).unwrap_or("")
                        ));
                        push!(from_string(s));
                    }
                    Opcode::UnpackSequence => {
                        let seq = pop!();
                        let n = arg as usize;
                        let items = tri!(unpack(vm, &seq, n));
                        for v in items.into_iter().rev() {
                            push!(v);
                        }
                    }
                    Opcode::UnpackEx => {
                        let seq = pop!();
                        let before = (arg & 0xff) as usize;
                        let after = (arg >> 8) as usize;
                        let mut items = tri!(crate::builtins::collect(vm, &seq));
                        if items.len() < before + after {
                            break 'ex py_err!(
                                ValueError,
                                "not enough values to unpack (expected at least {}, got {})",
                                before + after,
                                items.len()
                            );
                        }
                        let tail: Vec<Value> = items.split_off(items.len() - after);
                        let middle: Vec<Value> = items.split_off(before);
                        for v in tail.into_iter().rev() {
                            push!(v);
                        }
                        push!(new_list(middle));
                        for v in items.into_iter().rev() {
                            push!(v);
                        }
                    }
                    Opcode::Jump => pc = arg as usize,
                    Opcode::JumpBackward => {
                        pc = arg as usize;
                        if gil {
                            backedges = backedges.wrapping_add(1);
                            if backedges.is_multiple_of(1024) {
                                vm.release_gil();
                                std::thread::yield_now();
                                vm.acquire_gil();
                            }
                        }
                    }
                    Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => {
                        let v = pop!();
                        let t = match v {
                            Value::Bool(b) => b,
                            _ => tri!(ops::truthy(vm, &v)),
                        };
                        if t == (ins.op == Opcode::PopJumpIfTrue) {
                            pc = arg as usize;
                        }
                    }
                    Opcode::PopJumpIfNone => {
                        if pop!().is_none() {
                            pc = arg as usize;
                        }
                    }
                    Opcode::PopJumpIfNotNone => {
                        if !pop!().is_none() {
                            pc = arg as usize;
                        }
                    }
                    Opcode::GetIter => {
                        let v = pop!();
                        let it = tri!(ops::iter(vm, &v));
                        push!(it);
                    }
                    Opcode::ForIter => {
                        let next = match top!().payload() {
                            Some(Payload::Iter(it)) => tri!(it.next(vm)),
                            _ => {
                                let it = top!().clone();
                                tri!(ops::next(vm, &it))
                            }
                        };
                        match next {
                            Some(v) => push!(v),
                            None => {
                                sp -= 1;
                                slots[sp] = Value::Null;
                                pc = arg as usize;
                            }
                        }
                    }
                    Opcode::MakeFunction => {
                        let code_v = pop!();
                        let closure = if arg & MakeFunctionFlags::CLOSURE != 0 {
                            pop!()
                        } else {
                            Value::None
                        };
                        let annotations = if arg & MakeFunctionFlags::ANNOTATIONS != 0 {
                            pop!()
                        } else {
                            Value::None
                        };
                        let kwdefaults = if arg & MakeFunctionFlags::KWDEFAULTS != 0 {
                            pop!()
                        } else {
                            Value::None
                        };
                        let defaults = if arg & MakeFunctionFlags::DEFAULTS != 0 {
                            pop!()
                        } else {
                            Value::None
                        };
                        let func = tri!(make_function(
                            &code_v,
                            globals_obj,
                            builtins_obj,
                            defaults,
                            kwdefaults,
                            annotations,
                            closure
                        ));
                        if code.immortal_defs {
                            // Module-level definitions are shared by every thread: immortal.
                            if let Value::Obj(o) = &func {
                                o.immortalize();
                            }
                        }
                        push!(func);
                    }
                    Opcode::Call | Opcode::CallKw => {
                        let (kwnames, nkw) = if ins.op == Opcode::CallKw {
                            let names_v = pop!();
                            let n = crate::types::tuple::as_tuple(&names_v)
                                .map(|t| t.len())
                                .unwrap_or(0);
                            (Some(names_v), n)
                        } else {
                            (None, 0)
                        };
                        let n = arg as usize;
                        let base = sp - n - 2;
                        let has_self = !slots[base + 1].is_null();
                        let start = if has_self { base + 1 } else { base + 2 };
                        let kwn: &[Value] = match &kwnames {
                            Some(k) => crate::types::tuple::as_tuple(k).unwrap_or(&[]),
                            None => &[],
                        };
                        let _ = nkw;
                        if crate::interp::generator::pending() {
                            let at = (pc - 1) as u32;
                            crate::interp::generator::run_pending(vm, code_obj, at, globals_obj);
                        }
                        let result = {
                            let (head, tail) = slots.split_at(start);
                            let args = Args {
                                values: &tail[..sp - start],
                                kwnames: kwn,
                            };
                            let callee = &head[base];
                            match callee.payload() {
                                Some(Payload::Function(_)) => {
                                    crate::interp::call::call_function(vm, callee, args)
                                }
                                Some(Payload::Builtin(b))
                                    if b.owner.is_none()
                                        && crate::builtins::frame_ctx::needs_frame(b.name) =>
                                {
                                    let cf = crate::builtins::frame_ctx::CallerFrame {
                                        code: code_obj,
                                        globals: globals_obj,
                                        locals: frame_locals.as_ref(),
                                        slots: head.get(..stack_base).unwrap_or(&[]),
                                    };
                                    crate::builtins::frame_ctx::with_caller(&cf, || {
                                        vm.call_builtin(b, args)
                                    })
                                }
                                Some(Payload::Builtin(b)) => vm.call_builtin(b, args),
                                _ => vm.call(callee, args),
                            }
                        };
                        for v in &mut slots[base..sp] {
                            *v = Value::Null;
                        }
                        sp = base;
                        if crate::interp::generator::pending() {
                            let at = (pc - 1) as u32;
                            crate::interp::generator::run_pending(vm, code_obj, at, globals_obj);
                        }
                        let v = tri!(result);
                        push!(v);
                    }
                    Opcode::CallEx => {
                        let kwargs = if arg & 1 != 0 { pop!() } else { Value::None };
                        let args_t = pop!();
                        let _null = pop!();
                        let callee = pop!();
                        let mut values: Vec<Value> = match args_t.payload() {
                            Some(Payload::Tuple(t)) => t.to_vec(),
                            Some(Payload::List(l)) => l.snapshot(),
                            _ => match ops::iter(vm, &args_t) {
                                Ok(it) => tri!(crate::builtins::collect(vm, &it)),
                                Err(e) if e.matches(ExcKind::TypeError) => {
                                    break 'ex py_err!(
                                        TypeError,
                                        "{} argument after * must be an iterable, not {}",
                                        function_str(vm, &callee),
                                        type_name(&args_t)
                                    )
                                }
                                Err(e) => break 'ex e,
                            },
                        };
                        let mut kwn: Vec<Value> = Vec::new();
                        if !kwargs.is_none() {
                            let (n, v) = tri!(kwargs_from_dict(vm, &kwargs));
                            kwn = n;
                            values.extend(v);
                        }
                        let r = tri!(vm.call(
                            &callee,
                            Args {
                                values: &values,
                                kwnames: &kwn
                            }
                        ));
                        push!(r);
                    }
                    Opcode::ReturnValue => {
                        let v = pop!();
                        *f_sp = sp;
                        *f_pc = pc;
                        return Ok(Exit::Return(v));
                    }
                    Opcode::ReturnConst => {
                        *f_sp = sp;
                        *f_pc = pc;
                        return Ok(Exit::Return(consts[arg as usize].clone()));
                    }
                    Opcode::YieldValue => {
                        let v = pop!();
                        *f_sp = sp;
                        *f_pc = pc;
                        return Ok(Exit::Yield(v));
                    }
                    Opcode::RaiseVarargs => match arg {
                        0 => {
                            let h = vm.handled.borrow().clone();
                            if h.is_none() {
                                break 'ex py_err!(RuntimeError, "No active exception to reraise");
                            }
                            reraise = true;
                            match h {
                                Value::Obj(o) => break 'ex PyErr(o),
                                _ => {
                                    break 'ex py_err!(
                                        RuntimeError,
                                        "No active exception to reraise"
                                    )
                                }
                            }
                        }
                        1 => {
                            let e = pop!();
                            raised_here = true;
                            break 'ex tri!(make_exception(vm, &e));
                        }
                        _ => {
                            raised_here = true;
                            let cause = pop!();
                            let e = pop!();
                            let exc = tri!(make_exception(vm, &e));
                            let cause = if cause.is_none() {
                                Value::None
                            } else {
                                match make_exception(vm, &cause) {
                                    Ok(c) => c.value(),
                                    Err(_) => {
                                        break 'ex py_err!(
                                            TypeError,
                                            "exception causes must derive from BaseException"
                                        )
                                    }
                                }
                            };
                            if let Some(x) = as_exc(&exc.0) {
                                *x.cause.write() = cause;
                                x.suppress_context
                                    .store(true, std::sync::atomic::Ordering::Relaxed);
                            }
                            break 'ex exc;
                        }
                    },
                    Opcode::Reraise => {
                        let e = pop!();
                        reraise = true;
                        match e {
                            Value::Obj(o) => break 'ex PyErr(o),
                            _ => break 'ex py_err!(SystemError, "reraise of a non-exception"),
                        }
                    }
                    Opcode::PushExcInfo => {
                        let exc = pop!();
                        let prev = std::mem::replace(&mut *vm.handled.borrow_mut(), exc.clone());
                        push!(prev);
                        push!(exc);
                    }
                    Opcode::PopExcept => {
                        let prev = pop!();
                        let old = std::mem::replace(&mut *vm.handled.borrow_mut(), prev);
                        drop(old);
                    }
                    Opcode::CheckExcMatch => {
                        let ty = pop!();
                        let r = tri!(exc_match(&top!(), &ty));
                        push!(Value::Bool(r));
                    }
                    Opcode::LoadAssertionError => {
                        push!(Value::Obj(types().exc(ExcKind::AssertionError).clone()))
                    }
                    Opcode::ImportName => {
                        let fromlist = pop!();
                        let level = pop!();
                        let level = match level {
                            Value::Int(i) => i,
                            _ => 0,
                        };
                        let m = tri!(crate::import::import_name(
                            vm,
                            name!(arg),
                            globals_obj,
                            &fromlist,
                            level
                        ));
                        push!(m);
                    }
                    Opcode::ImportFrom => {
                        let m = top!().clone();
                        let v = tri!(crate::import::import_from(vm, &m, name!(arg)));
                        push!(v);
                    }
                    Opcode::ImportStar => {
                        let m = pop!();
                        let target = frame_locals.clone().unwrap_or_else(|| globals_obj.clone());
                        tri!(crate::import::import_star(vm, &m, &target));
                    }
                    Opcode::LoadBuildClass => match builtins.get_str("__build_class__") {
                        Some(b) => push!(b),
                        None => break 'ex py_err!(NameError, "__build_class__ not found"),
                    },
                    Opcode::SetupAnnotations => {
                        let target = frame_locals.clone().unwrap_or_else(|| globals_obj.clone());
                        if let Some(d) = as_dict(&Value::Obj(target)) {
                            if d.get_str("__annotations__").is_none() {
                                d.set_str("__annotations__", crate::types::dict::new_dict());
                            }
                        }
                    }
                    Opcode::GetYieldFromIter => {
                        let v = pop!();
                        let is_coro = code.code.flags.coroutine;
                        let it = tri!(crate::interp::coroutine::yield_from_iter(vm, v, is_coro));
                        push!(it);
                    }
                    // await / async for / async with: see interp/coroutine.rs.
                    Opcode::GetAwaitable => {
                        let v = pop!();
                        let it = tri!(crate::interp::coroutine::get_awaitable(vm, &v, arg));
                        push!(it);
                    }
                    Opcode::GetAIter => {
                        let v = pop!();
                        let it = tri!(crate::interp::coroutine::get_aiter(vm, &v));
                        push!(it);
                    }
                    Opcode::GetANext => {
                        let aiter = top!().clone();
                        let aw = tri!(crate::interp::coroutine::get_anext(vm, &aiter));
                        push!(aw);
                    }
                    Opcode::EndAsyncFor => {
                        let exc = pop!();
                        if let Err(e) = crate::interp::coroutine::end_async_for(exc) {
                            reraise = true;
                            break 'ex e;
                        }
                        sp -= 1;
                        slots[sp] = Value::Null;
                    }
                    Opcode::BeforeAsyncWith => {
                        let mgr = pop!();
                        let (exit, exit_self, entered) =
                            tri!(crate::interp::coroutine::before_async_with(vm, &mgr));
                        push!(exit);
                        push!(exit_self);
                        push!(entered);
                    }
                    Opcode::Send => {
                        let v = pop!();
                        let recv = top!().clone();
                        match tri!(crate::interp::generator::send_into(vm, &recv, v)) {
                            Ok(y) => push!(y),
                            Err(ret) => {
                                push!(ret);
                                pc = arg as usize;
                            }
                        }
                    }
                    Opcode::ToBool => {
                        let v = pop!();
                        let b = tri!(ops::truthy(vm, &v));
                        push!(Value::Bool(b));
                    }
                    // with / match / except*: see interp/pattern.rs.
                    Opcode::BeforeWith => {
                        let mgr = pop!();
                        let (exit, exit_self, entered) = tri!(pattern::before_with(vm, &mgr));
                        push!(exit);
                        push!(exit_self);
                        push!(entered);
                    }
                    Opcode::WithExceptStart => {
                        let (exit, exit_self) = (slots[sp - 4].clone(), slots[sp - 3].clone());
                        let exc = top!().clone();
                        let r = tri!(pattern::with_except_start(vm, &exit, &exit_self, &exc));
                        push!(r);
                    }
                    Opcode::MatchClass => {
                        let names = pop!();
                        let cls = pop!();
                        let subject = pop!();
                        let r = tri!(pattern::match_class(
                            vm,
                            &subject,
                            &cls,
                            &names,
                            arg as usize
                        ));
                        push!(r);
                    }
                    Opcode::MatchMapping => push!(Value::Bool(pattern::is_mapping(&top!()))),
                    Opcode::MatchSequence => push!(Value::Bool(pattern::is_sequence(&top!()))),
                    Opcode::MatchKeys => {
                        let (subject, keys) = (slots[sp - 2].clone(), slots[sp - 1].clone());
                        let r = tri!(pattern::match_keys(vm, &subject, &keys));
                        push!(r);
                    }
                    Opcode::GetLen => {
                        let n = tri!(pattern::get_len(vm, &top!()));
                        push!(n);
                    }
                    Opcode::CheckEgMatch => {
                        let ty = pop!();
                        let exc = pop!();
                        let at = (pc - 1) as u32;
                        let (rest, matched) =
                            tri!(pattern::check_eg_match(vm, &exc, &ty, code_obj, at));
                        if !matched.is_none() {
                            *vm.handled.borrow_mut() = matched.clone();
                        }
                        push!(rest);
                        push!(matched);
                    }
                    Opcode::PrepReraiseStar => {
                        let raised = pop!();
                        let orig = pop!();
                        let r = tri!(pattern::prep_reraise_star(vm, &orig, &raised));
                        push!(r);
                    }
                }
            }
        };
        // An exception: record where, find a handler in this frame or leave.
        let err_pc = (pc - 1) as u32;
        if !reraise {
            // Fresh: raised by a statement here, or by native code called from here (no frame
            // recorded yet). One coming back from a Python call already has its context.
            let fresh =
                raised_here || as_exc(&err.0).is_some_and(|x| x.traceback.lock().is_empty());
            if let Some(x) = as_exc(&err.0) {
                crate::interp::traceback::record(
                    x,
                    code_obj,
                    err_pc,
                    globals_obj,
                    builtins_obj,
                    frame_locals.as_ref(),
                    slots.get(..stack_base).unwrap_or_default(),
                );
            }
            if fresh {
                set_context(vm, &err);
            }
        }
        if crate::interp::generator::pending() {
            crate::interp::generator::run_pending(vm, code_obj, err_pc, globals_obj);
        }
        match code.code.handler_for(err_pc) {
            Some(h) => {
                let depth = stack_base + h.depth as usize;
                while sp > depth {
                    sp -= 1;
                    slots[sp] = Value::Null;
                }
                push!(err.value());
                pc = h.handler as usize;
            }
            None => {
                *f_pc = pc;
                *f_sp = sp;
                return Err(err);
            }
        }
    }
}

fn deref_error(code: &crate::types::function::CodeVm, i: usize) -> PyErr {
    let co = &code.code;
    if i < co.cellvars.len() {
        unbound_local(&co.cellvars[i])
    } else {
        let name = co
            .freevars
            .get(i - co.cellvars.len())
            .map(|s| s.to_string())
            .unwrap_or_default();
        py_err!(NameError, "cannot access free variable '{}' where it is not associated with a value in enclosing scope", name)
    }
}

/// Set `__context__` of a newly raised exception to the exception being handled.
fn set_context(vm: &Vm, err: &PyErr) {
    let handled = vm.handled.borrow().clone();
    let Value::Obj(h) = &handled else { return };
    if ObjRef::ptr_eq(h, &err.0) {
        return;
    }
    let Some(x) = as_exc(&err.0) else { return };
    if !x.context.read().is_none() {
        return;
    }
    // Break a cycle: if err is already in handled's context chain, cut it there.
    let mut cur = handled.clone();
    let mut steps = 0;
    while let Some(c) = cur.obj().and_then(as_exc) {
        let next = c.context.read().clone();
        if let Value::Obj(n) = &next {
            if ObjRef::ptr_eq(n, &err.0) {
                *c.context.write() = Value::None;
                break;
            }
        }
        cur = next;
        steps += 1;
        if steps > 10000 {
            break;
        }
    }
    *x.context.write() = handled;
}

/// Turn the operand of `raise` into an exception instance.
pub fn make_exception(vm: &Vm, v: &Value) -> PyResult<PyErr> {
    match v.payload() {
        Some(Payload::Exception(_)) => Ok(PyErr(
            v.obj()
                .cloned()
                .ok_or_else(|| py_err!(SystemError, "exc"))?,
        )),
        Some(Payload::Type(_)) => {
            let tobj = v
                .obj()
                .cloned()
                .ok_or_else(|| py_err!(SystemError, "type"))?;
            if crate::types::typeobj::is_subtype(&tobj, types().exc(ExcKind::BaseException)) {
                let inst = vm.call(v, Args::new(&[]))?;
                match inst {
                    Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Ok(PyErr(o)),
                    other => bail!(
                        TypeError,
                        "calling {} should have returned an instance of BaseException, not {}",
                        crate::ops::repr(vm, v)?,
                        crate::ops::repr(vm, &Value::Obj(crate::types::type_of(&other)))?
                    ),
                }
            } else {
                bail!(TypeError, "exceptions must derive from BaseException")
            }
        }
        _ => bail!(TypeError, "exceptions must derive from BaseException"),
    }
}

/// Does exception `exc` match an `except` clause's type (or tuple of types)?
pub fn exc_match(exc: &Value, ty: &Value) -> PyResult<bool> {
    let exc_type = crate::types::type_of(exc);
    match ty.payload() {
        Some(Payload::Type(_)) => {
            let t = ty
                .obj()
                .cloned()
                .ok_or_else(|| py_err!(SystemError, "type"))?;
            if !crate::types::typeobj::is_subtype(&t, types().exc(ExcKind::BaseException)) {
                bail!(
                    TypeError,
                    "catching classes that do not inherit from BaseException is not allowed"
                );
            }
            Ok(crate::types::typeobj::is_subtype(&exc_type, &t))
        }
        Some(Payload::Tuple(items)) => {
            for it in items.iter() {
                if exc_match(exc, it)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => bail!(
            TypeError,
            "catching classes that do not inherit from BaseException is not allowed"
        ),
    }
}

fn unpack(vm: &Vm, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
    let items: Vec<Value> = match seq.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        Some(Payload::List(l)) => l.snapshot(),
        _ => {
            let it = ops::iter(vm, seq).map_err(|_| {
                py_err!(
                    TypeError,
                    "cannot unpack non-iterable {} object",
                    type_name(seq)
                )
            })?;
            let mut out = Vec::with_capacity(n);
            while let Some(v) = ops::next(vm, &it)? {
                if out.len() == n {
                    bail!(ValueError, "too many values to unpack (expected {})", n);
                }
                out.push(v);
            }
            if out.len() < n {
                bail!(
                    ValueError,
                    "not enough values to unpack (expected {}, got {})",
                    n,
                    out.len()
                );
            }
            return Ok(out);
        }
    };
    if items.len() > n {
        bail!(ValueError, "too many values to unpack (expected {})", n);
    }
    if items.len() < n {
        bail!(
            ValueError,
            "not enough values to unpack (expected {}, got {})",
            n,
            items.len()
        );
    }
    Ok(items)
}

fn namespace_get(vm: &Vm, ns: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    match &ns.payload {
        Payload::Dict(d) => Ok(d.get_str(as_str(key).unwrap_or(""))),
        _ => match ops::getitem(vm, &Value::Obj(ns.clone()), key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(ExcKind::KeyError) => Ok(None),
            Err(e) => Err(e),
        },
    }
}

fn namespace_set(vm: &Vm, ns: &ObjRef, key: Value, v: Value) -> PyResult<()> {
    match &ns.payload {
        Payload::Dict(d) => {
            d.set_str_key(key, v);
            Ok(())
        }
        _ => ops::setitem(vm, &Value::Obj(ns.clone()), &key, v),
    }
}

/// How CPython names a callable in call errors: `module.qualname()`, or `qualname()` for
/// built-ins, or `str(obj)` when it has no qualified name.
pub fn function_str(vm: &Vm, callee: &Value) -> String {
    match callee.payload() {
        Some(Payload::Function(f)) => {
            let q = as_str(&f.qualname.read()).unwrap_or("?").to_string();
            match as_str(&f.module) {
                Some(m) if m != "builtins" => format!("{m}.{q}()"),
                _ => format!("{q}()"),
            }
        }
        Some(Payload::Builtin(b)) => match b.owner {
            Some(o) => format!("{o}.{}()", b.name),
            None => format!("{}()", b.name),
        },
        Some(Payload::BoundMethod(m)) => function_str(vm, &m.0),
        Some(Payload::Type(_)) => {
            let q = ops::getattr(vm, callee, "__qualname__").ok();
            let m = ops::getattr(vm, callee, "__module__").ok();
            let q = q.as_ref().and_then(as_str).unwrap_or("?").to_string();
            match m.as_ref().and_then(as_str) {
                Some(m) if m != "builtins" => format!("{m}.{q}()"),
                _ => format!("{q}()"),
            }
        }
        _ => ops::str_(vm, callee).unwrap_or_default(),
    }
}

fn dict_merge(vm: &Vm, target: &Value, m: &Value, callee: &Value) -> PyResult<()> {
    let Some(d) = as_dict(target) else {
        return Ok(());
    };
    let fname = || function_str(vm, callee);
    let Some(src) = as_dict(m) else {
        bail!(
            TypeError,
            "{} argument after ** must be a mapping, not {}",
            fname(),
            type_name(m)
        );
    };
    for (k, v) in src.items() {
        if as_str(&k).is_none() {
            bail!(TypeError, "keywords must be strings");
        }
        if d.get(vm, &k)?.is_some() {
            bail!(
                TypeError,
                "{} got multiple values for keyword argument '{}'",
                fname(),
                as_str(&k).unwrap_or("")
            );
        }
        d.set(vm, k, v)?;
    }
    Ok(())
}

/// Build a function object (MAKE_FUNCTION).
pub fn make_function(
    code_v: &Value,
    globals: &ObjRef,
    builtins: &ObjRef,
    defaults: Value,
    kwdefaults: Value,
    annotations: Value,
    closure: Value,
) -> PyResult<Value> {
    let Some(code_obj) = code_v.obj().cloned() else {
        bail!(SystemError, "MAKE_FUNCTION without code")
    };
    let Some(code) = as_code(&code_obj) else {
        bail!(SystemError, "MAKE_FUNCTION without code")
    };
    let closure: Box<[ObjRef]> = match crate::types::tuple::as_tuple(&closure) {
        Some(t) => t.iter().filter_map(|v| v.obj().cloned()).collect(),
        None => Box::new([]),
    };
    let defaults: Box<[Value]> = match crate::types::tuple::as_tuple(&defaults) {
        Some(t) => t.to_vec().into_boxed_slice(),
        None => Box::new([]),
    };
    let module = crate::types::dict::dict_get_str(globals, "__name__").unwrap_or(Value::None);
    let doc = match &code.code.docstring {
        Some(d) => crate::types::str::new_str(d),
        None => Value::None,
    };
    let f = FuncObj {
        code: code_obj.clone(),
        globals: globals.clone(),
        builtins: builtins.clone(),
        name: RwLock::new(code.name_value.clone()),
        qualname: RwLock::new(code.qualname_value.clone()),
        defaults,
        kwdefaults: kwdefaults.obj().cloned(),
        closure,
        annotations: RwLock::new(annotations),
        doc: RwLock::new(doc),
        module,
        dict: RwLock::new(None),
    };
    Ok(Value::from_obj(Payload::Function(Box::new(f))))
}
