//! `time`: clocks and sleeping (the parts the foundation's benchmarks and tests use).

use crate::error::PyResult;
use crate::types::function::Args;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

fn start() -> Instant {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn time(_vm: &Vm, args: Args) -> PyResult<Value> {
    args.range("time", 0, 0)?;
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Float(d.as_secs_f64()))
}

fn perf_counter(_vm: &Vm, args: Args) -> PyResult<Value> {
    args.range("perf_counter", 0, 0)?;
    Ok(Value::Float(start().elapsed().as_secs_f64()))
}

fn perf_counter_ns(_vm: &Vm, args: Args) -> PyResult<Value> {
    args.range("perf_counter_ns", 0, 0)?;
    Ok(Value::Int(start().elapsed().as_nanos() as i64))
}

fn time_ns(_vm: &Vm, args: Args) -> PyResult<Value> {
    args.range("time_ns", 0, 0)?;
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Int(d.as_nanos() as i64))
}

fn sleep(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = args.one("sleep")?;
    let secs = match crate::ops::num::as_f64(v) {
        Some(r) => r?,
        None => crate::bail!(
            TypeError,
            "'{}' object cannot be interpreted as an integer",
            crate::types::type_name(v)
        ),
    };
    if secs < 0.0 {
        crate::bail!(ValueError, "sleep length must be non-negative");
    }
    vm.allow_threads(|| std::thread::sleep(Duration::from_secs_f64(secs.min(1e9))));
    Ok(Value::None)
}

pub fn init(_vm: &Vm, m: &ObjRef) -> PyResult<()> {
    start();
    super::add_functions(
        m,
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic", perf_counter),
            ("monotonic_ns", perf_counter_ns),
            ("sleep", sleep),
        ],
    );
    Ok(())
}
