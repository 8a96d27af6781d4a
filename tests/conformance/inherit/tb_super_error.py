# Uncaught AttributeError from a super() call to a method the base does not have.

class Base:
    def save(self):
        return "saved"


class Model(Base):
    def save(self):
        result = super().save()
        super().validate()
        return result


print(Base().save())
Model().save()
