# finally interacting with return, break and continue.
def return_in_finally():
    try:
        return "try"
    finally:
        print("finally before return")

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def return_value_frozen():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)

print(return_in_finally())
print(finally_overrides())
print(finally_swallows())
print(return_value_frozen())
for i in range(5):
    try:
        if i == 3:
            break
        print("loop", i)
    finally:
        print("finally", i)
count = 0
while count < 4:
    count += 1
    try:
        if count % 2:
            continue
        print("even", count)
    finally:
        print("cleanup", count)
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
