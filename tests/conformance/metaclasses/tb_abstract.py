# Uncaught TypeError from instantiating an abstract class.

from abc import ABC, abstractmethod


class Storage(ABC):
    @abstractmethod
    def load(self, key):
        ...

    @abstractmethod
    def save(self, key, value):
        ...


class Memory(Storage):
    def load(self, key):
        return None


print(sorted(Memory.__abstractmethods__))
store = Memory()
