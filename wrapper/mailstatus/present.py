"""`present(field)`: an optional field of a generated model, as its value or None.

The generated models mark a field the provider left out with their package's `Unset` (so that
`to_dict` gives back exactly what was sent); most code only asks whether there is a value.
`present` turns `X | Unset` into `X | None` for the models of every provider, typed:

    status = present(report.status)
    print(status.name if status else "no status yet")
"""

from __future__ import annotations

from typing import TypeVar

from infobip_email_client.types import Unset as _InfobipUnset
from ncp_mailer_client.types import Unset as _NcpUnset
from ncp_sens_mail_client.types import Unset as _SensUnset
from opentext_mra_client.types import Unset as _OpenTextUnset

T = TypeVar("T")
#: The marker of a field left out, in any generated package.
Absent = _OpenTextUnset | _NcpUnset | _SensUnset | _InfobipUnset
_ABSENT = (_OpenTextUnset, _NcpUnset, _SensUnset, _InfobipUnset)


def present(value: T | Absent) -> T | None:
    """The field's value, or None where the provider left it out."""
    return None if isinstance(value, _ABSENT) else value
