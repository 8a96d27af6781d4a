# Arguments are evaluated left to right before the call.
def t(label):
    print("eval", label)
    return label

def f(*args, **kwargs):
    print("call f", args, kwargs)

f(t("a"), t("b"), x=t("c"), y=t("d"))
f(*[t("s1"), t("s2")], t("p"), **{"k": t("kv")})
def get_func():
    print("eval callee")
    return f
get_func()(t(1), t(2))
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(d)
lst = [t("e1"), t("e2")]
print(lst[t(0) if False else 0], t("x") + t("y"))
