//! `tuple`: an immutable sequence; needs no lock, so threads share tuples freely.

use crate::object::Payload;
use crate::value::Value;
use std::sync::OnceLock;

/// A tuple of `items`; every empty tuple is one shared object, as in CPython.
pub fn new_tuple(items: Vec<Value>) -> Value {
    if items.is_empty() {
        static EMPTY: OnceLock<Value> = OnceLock::new();
        return EMPTY
            .get_or_init(|| Value::from_obj(Payload::Tuple(Box::new([]))))
            .clone();
    }
    Value::from_obj(Payload::Tuple(items.into_boxed_slice()))
}

pub fn as_tuple(v: &Value) -> Option<&[Value]> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Some(t),
        _ => None,
    }
}
