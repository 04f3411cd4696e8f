from .en import *  # noqa
