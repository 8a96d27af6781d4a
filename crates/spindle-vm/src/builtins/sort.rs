//! A stable merge sort driven by Python comparisons. Comparisons may raise (the first error is
//! returned) or be inconsistent (the result is some permutation, never a crash): unlike
//! `slice::sort_by`, this sort never panics on a comparison that is not a total order.

use crate::error::PyResult;
use crate::ops;
use crate::types::function::Args;
use crate::value::Value;
use crate::vm::Vm;
use spindle_bytecode::CmpOp;

/// `a < b` under Python semantics.
fn less(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        _ => {
            if let (Some(x), Some(y)) = (crate::types::str::as_str(a), crate::types::str::as_str(b))
            {
                return Ok(x < y);
            }
            let r = ops::compare(vm, a, b, CmpOp::Lt)?;
            ops::truthy(vm, &r)
        }
    }
}

/// Sort `items` in place (by `key` when given), stable, optionally reversed.
pub fn sort_values(
    vm: &Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(vm.call(f, Args::new(std::slice::from_ref(it)))?);
            }
            ks
        }
        None => items.clone(),
    };
    let n = items.len();
    let mut idx: Vec<usize> = (0..n).collect();
    if reverse {
        // Stable reverse sort: reverse, sort stably, reverse again.
        idx.reverse();
    }
    let mut buf = idx.clone();
    merge_sort(vm, &keys, &mut idx, &mut buf, reverse)?;
    if reverse {
        idx.reverse();
    }
    let old = std::mem::take(items);
    let mut slots: Vec<Option<Value>> = old.into_iter().map(Some).collect();
    for i in idx {
        if let Some(v) = slots.get_mut(i).and_then(|s| s.take()) {
            items.push(v);
        }
    }
    Ok(())
}

fn merge_sort(
    vm: &Vm,
    keys: &[Value],
    idx: &mut [usize],
    buf: &mut [usize],
    _rev: bool,
) -> PyResult<()> {
    let n = idx.len();
    if n <= 1 {
        return Ok(());
    }
    // Insertion sort for short runs.
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(vm, &keys[idx[j]], &keys[idx[j - 1]])? {
                idx.swap(j, j - 1);
                j -= 1;
            }
        }
        return Ok(());
    }
    let mid = n / 2;
    {
        let (l, r) = idx.split_at_mut(mid);
        let (bl, br) = buf.split_at_mut(mid);
        merge_sort(vm, keys, l, bl, _rev)?;
        merge_sort(vm, keys, r, br, _rev)?;
    }
    // Already in order?
    if !less(vm, &keys[idx[mid]], &keys[idx[mid - 1]])? {
        return Ok(());
    }
    buf[..n].copy_from_slice(idx);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        if less(vm, &keys[buf[j]], &keys[buf[i]])? {
            idx[k] = buf[j];
            j += 1;
        } else {
            idx[k] = buf[i];
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        idx[k] = buf[i];
        i += 1;
        k += 1;
    }
    while j < n {
        idx[k] = buf[j];
        j += 1;
        k += 1;
    }
    Ok(())
}
