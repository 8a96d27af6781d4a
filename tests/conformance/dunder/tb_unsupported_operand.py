# Uncaught TypeError for an operator the classes do not support.

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented


class Coupon:
    pass


total = Money(100) + Money(50)
print(total.cents)
total = total + Coupon()
