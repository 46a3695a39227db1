"""The platform's "download your data" files, recognised by the names in their header row.

Header names are compared stripped and case-folded, so ``Sent At`` and ``SENT AT`` are one name.
Only the columns listed in ``required`` identify a layout; extra columns (the newer trailing
profile URL columns, for example) are kept and passed through.
"""

from __future__ import annotations

from dataclasses import dataclass


def norm(name: str) -> str:
    return name.strip().lstrip("\ufeff").strip().casefold()


@dataclass(frozen=True)
class Layout:
    name: str
    required: frozenset[str]
    text: str
    sender: str | None = None
    sender_url: str | None = None
    recipient: str | None = None
    date: str | None = None
    direction: str | None = None
    # Without a direction column, the folder tells: the user's own messages are in SENT.
    folder: str | None = None
    html: bool = False

    def matches(self, header: list[str]) -> bool:
        return self.required <= {norm(h) for h in header}


def _layout(name: str, required: str, **columns) -> Layout:
    return Layout(name, frozenset(norm(c) for c in required.split(",")), **columns)


# Most specific first: the current messages layout also has FROM, TO, DATE, CONTENT and FOLDER.
LAYOUTS = (
    _layout(
        "messages",
        "CONVERSATION ID,FROM,TO,DATE,CONTENT,FOLDER",
        text="content",
        sender="from",
        sender_url="sender profile url",
        recipient="to",
        date="date",
        folder="folder",
        html=True,
    ),
    _layout(
        "messages-old",
        "From,To,Date,Subject,Content,Direction,Folder",
        text="content",
        sender="from",
        recipient="to",
        date="date",
        direction="direction",
        html=True,
    ),
    _layout(
        "invitations",
        "From,To,Sent At,Message,Direction",
        text="message",
        sender="from",
        sender_url="inviterprofileurl",
        recipient="to",
        date="sent at",
        direction="direction",
    ),
)

CONNECTIONS = frozenset({"first name", "last name"})


def detect(header: list[str]) -> Layout | None:
    return next((layout for layout in LAYOUTS if layout.matches(header)), None)


# Date formats seen in exports: "4/6/26, 2:12 PM" (invitations), "2026-04-06 16:35:35 UTC"
# (messages), "06 Apr 2026" (connections), and older four-digit-year variants.
DATE_FORMATS = (
    "%m/%d/%y, %I:%M %p",
    "%m/%d/%Y, %I:%M %p",
    "%Y-%m-%d %H:%M:%S UTC",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d",
    "%d %b %Y",
    "%m/%d/%y",
    "%m/%d/%Y",
)
