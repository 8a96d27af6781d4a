//! `tuple`: an immutable sequence; needs no lock, so threads share tuples freely.

use crate::object::Payload;
use crate::value::Value;

pub fn new_tuple(items: Vec<Value>) -> Value {
    Value::from_obj(Payload::Tuple(items.into_boxed_slice()))
}

pub fn as_tuple(v: &Value) -> Option<&[Value]> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Some(t),
        _ => None,
    }
}
