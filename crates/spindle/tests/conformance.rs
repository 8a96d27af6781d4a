//! The CPython-differential conformance suite: every `tests/conformance/<area>/<name>.py` is run
//! by the `spindle` binary exactly as `tests/conformance/regen` ran CPython 3.13 on it, and its
//! stdout, stderr and exit status must equal the committed `<name>.expected`.
//!
//! Cases listed in `tests/conformance/xfail.txt` (with a reason) are expected to fail; one that
//! passes is reported so the list stays honest. `SPINDLE_CONFORMANCE=substring` runs a subset;
//! `SPINDLE_CONFORMANCE_VERBOSE=1` prints every failure's diff (otherwise the first 40).

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Expected {
    status: i32,
    stdout: String,
    stderr: String,
}

fn parse_expected(text: &str) -> Option<Expected> {
    let rest = text.strip_prefix("=== exit status: ")?;
    let (status, rest) = rest.split_once(" ===\n")?;
    let rest = rest.strip_prefix("=== stdout ===\n")?;
    let idx = rest.find("=== stderr ===\n")?;
    Some(Expected {
        status: status.trim().parse().ok()?,
        stdout: rest[..idx].to_string(),
        stderr: rest[idx + "=== stderr ===\n".len()..].to_string(),
    })
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance")
}

fn collect_cases(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(areas) = std::fs::read_dir(dir) else {
        return out;
    };
    for area in areas.flatten() {
        let p = area.path();
        if !p.is_dir() {
            continue;
        }
        if let Ok(files) = std::fs::read_dir(&p) {
            for f in files.flatten() {
                let fp = f.path();
                if fp.extension().map(|e| e == "py").unwrap_or(false) {
                    out.push(fp);
                }
            }
        }
    }
    out.sort();
    out
}

fn load_xfail(dir: &Path) -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    if let Ok(text) = std::fs::read_to_string(dir.join("xfail.txt")) {
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, reason) = match line.split_once('#') {
                Some((n, r)) => (n.trim(), r.trim()),
                None => (line, ""),
            };
            m.insert(name.to_string(), reason.to_string());
        }
    }
    m
}

/// Run one case; returns (status, stdout, stderr) after path normalization.
fn run_case(bin: &Path, case: &Path) -> (i32, String, String) {
    let area = case.parent().unwrap_or(Path::new("."));
    let area_abs = std::fs::canonicalize(area).unwrap_or(area.to_path_buf());
    let name = case
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let child = Command::new(bin)
        .arg(&name)
        .current_dir(&area_abs)
        .env("PYTHON_COLORS", "0")
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        return (-1, String::new(), "failed to start spindle".into());
    };
    let mut out = child.stdout.take();
    let mut err = child.stderr.take();
    let t_out = std::thread::spawn(move || {
        let mut s = Vec::new();
        if let Some(o) = out.as_mut() {
            let _ = o.read_to_end(&mut s);
        }
        s
    });
    let t_err = std::thread::spawn(move || {
        let mut s = Vec::new();
        if let Some(e) = err.as_mut() {
            let _ = e.read_to_end(&mut s);
        }
        s
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st.code().unwrap_or(-1),
            Ok(None) => {
                if start.elapsed() > Duration::from_secs(60) {
                    let _ = child.kill();
                    let _ = child.wait();
                    break -2;
                }
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(_) => break -1,
        }
    };
    let so = t_out.join().unwrap_or_default();
    let se = t_err.join().unwrap_or_default();
    let prefix = format!("{}/", area_abs.to_string_lossy());
    let norm = |b: Vec<u8>| String::from_utf8_lossy(&b).replace(&prefix, "");
    (status, norm(so), norm(se))
}

fn diff(label: &str, expected: &str, actual: &str) -> String {
    if expected == actual {
        return String::new();
    }
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let mut out = format!("  --- {label}: expected (-) vs spindle (+)\n");
    let n = e.len().max(a.len());
    let mut shown = 0;
    for i in 0..n {
        let (x, y) = (e.get(i), a.get(i));
        if x != y {
            if let Some(x) = x {
                out.push_str(&format!("  -{:>4}: {}\n", i + 1, x));
            }
            if let Some(y) = y {
                out.push_str(&format!("  +{:>4}: {}\n", i + 1, y));
            }
            shown += 1;
            if shown >= 12 {
                out.push_str("  ...\n");
                break;
            }
        }
    }
    if shown == 0 {
        out.push_str("  (differs only in trailing newline)\n");
    }
    out
}

#[test]
fn conformance() {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_spindle"));
    let dir = corpus_dir();
    let filter = std::env::var("SPINDLE_CONFORMANCE").unwrap_or_default();
    let verbose = std::env::var("SPINDLE_CONFORMANCE_VERBOSE").is_ok();
    let xfail = load_xfail(&dir);
    let cases: Vec<PathBuf> = collect_cases(&dir)
        .into_iter()
        .filter(|c| filter.is_empty() || c.to_string_lossy().contains(&filter))
        .collect();
    assert!(
        !cases.is_empty(),
        "no conformance cases found under {}",
        dir.display()
    );
    let jobs = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .max(2);
    let queue = std::sync::Mutex::new(cases.clone());
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| loop {
                let case = match queue.lock() {
                    Ok(mut q) => q.pop(),
                    Err(_) => None,
                };
                let Some(case) = case else { break };
                let rel = case
                    .strip_prefix(&dir)
                    .unwrap_or(&case)
                    .to_string_lossy()
                    .to_string();
                let exp_path = case.with_extension("expected");
                let report = match std::fs::read_to_string(&exp_path)
                    .ok()
                    .as_deref()
                    .and_then(parse_expected)
                {
                    None => Some(format!(
                        "{rel}: missing or malformed {}\n",
                        exp_path.display()
                    )),
                    Some(exp) => {
                        let (status, out, err) = run_case(&bin, &case);
                        let mut r = String::new();
                        if status != exp.status {
                            r.push_str(&format!(
                                "  exit status: expected {}, got {}\n",
                                exp.status, status
                            ));
                        }
                        r.push_str(&diff("stdout", &exp.stdout, &out));
                        r.push_str(&diff("stderr", &exp.stderr, &err));
                        if r.is_empty() {
                            None
                        } else {
                            Some(format!("{rel}:\n{r}"))
                        }
                    }
                };
                if let Ok(mut res) = results.lock() {
                    res.push((rel, report));
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_default();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let (mut passed, mut failed, mut xfailed) = (0, 0, 0);
    let mut failures = Vec::new();
    let mut unexpected_pass = Vec::new();
    for (rel, report) in &results {
        match (report, xfail.contains_key(rel)) {
            (None, false) => passed += 1,
            (None, true) => {
                unexpected_pass.push(rel.clone());
                failed += 1;
            }
            (Some(_), true) => xfailed += 1,
            (Some(r), false) => {
                failed += 1;
                failures.push(r.clone());
            }
        }
    }
    let limit = if verbose { usize::MAX } else { 40 };
    for f in failures.iter().take(limit) {
        eprint!("{f}");
    }
    if failures.len() > limit {
        eprintln!(
            "... and {} more failures (SPINDLE_CONFORMANCE_VERBOSE=1 shows all)",
            failures.len() - limit
        );
    }
    for u in &unexpected_pass {
        eprintln!("{u}: passes but is listed in xfail.txt — remove it from the list");
    }
    eprintln!(
        "conformance: {passed} passed, {failed} failed, {xfailed} expected failures (xfail.txt)"
    );
    assert_eq!(failed, 0, "{failed} conformance cases failed");
}
