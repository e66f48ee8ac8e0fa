"""Users, roles and permissions.

Four roles (DOMAIN.md): clerk (客服专员) keys archives, callbacks and parts documents; finance (财务)
signs the daily report and reads the books; manager (经理) signs and locks days, approves
adjustments, scrap and transit losses, and may see sensitive profile items; admin (管理员) manages
users, settings and backups.

Permissions are checked here, in the domain, by ``require``: hiding a button is a courtesy, not the
protection. Passwords are stored as scrypt hashes (memory-hard, in the standard library). Five wrong
passwords in a row lock the account for fifteen minutes.

A login attempt tells nobody whether the user name exists: an unknown name and a wrong password get
the same refusal after the same scrypt work (a dummy hash is checked for an unknown name). A new
password has at least eight characters, is not one character repeated and is not on the list of
common passwords (resources/common_passwords.txt; the demo accounts' demo1234 is accepted only in
a database built by ``demo``, which is marked so). An account an administrator creates or resets
must change its password at its first login (``must_change_password``): the GUI asks for the new
one before the main window opens, the command line refuses every command but ``users passwd``.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import unicodedata
from datetime import datetime, timedelta

from common import audit
from common.actor import Actor
from common.db import database
from common.errors import Refusal
from common.models import AuditLog, User

ROLES = ("clerk", "finance", "manager", "admin")

PERMISSIONS: dict[str, frozenset[str]] = {
    "users.manage": frozenset({"admin"}),
    "settings.manage": frozenset({"admin"}),
    "backup.run": frozenset({"admin", "manager"}),
    # Replacing the whole database hands out whatever the file says (roles, signatures): admin only.
    "backup.restore": frozenset({"admin"}),
    "audit.read": frozenset({"admin", "manager"}),
    # Taking customers' personal data out of the program (lists, prints, files with names, phones,
    # ID numbers: PIPL Art. 55). Those who work with customers: the clerk (archives, callback
    # lists) and the manager. Not finance (books only) nor admin (users, settings, backups).
    "personal.export": frozenset({"clerk", "manager"}),
    "masterdata.manage": frozenset({"clerk", "manager", "admin"}),
    "parts.read": frozenset(ROLES),
    "parts.post": frozenset({"clerk", "manager"}),
    "parts.post_restricted": frozenset({"manager"}),  # transit loss, stocktake adjustments, scrap
    "daily.produce": frozenset({"clerk", "finance", "manager"}),
    "daily.sign_finance": frozenset({"finance"}),
    "daily.sign_manager": frozenset({"manager"}),
    "daily.reopen": frozenset({"manager"}),
    "reconcile.manage": frozenset({"clerk", "manager"}),
    "archive.read": frozenset(ROLES),
    "archive.edit": frozenset({"clerk", "manager"}),
    "archive.calendar": frozenset({"manager", "admin"}),  # holidays move handover deadlines
    "profile.edit": frozenset({"clerk", "manager"}),
    "profile.sensitive.view": frozenset({"manager"}),
    "profile.erase": frozenset({"manager"}),
    "callbacks.edit": frozenset({"clerk", "manager"}),
    "care.templates": frozenset({"manager"}),  # the texts of care messages sent to customers
    "complaints.confirm": frozenset({"manager"}),
    # Customer events (archive.events): the office plans them and keys in invitations, sign-ups,
    # attendance and feedback, as it makes the callbacks.
    "events.edit": frozenset({"clerk", "manager"}),
    # The guidance per communication style (archive.comm_style) the callback screens show: the
    # manager words it; clerks record a customer's style (profile.edit).
    "style.guidance": frozenset({"manager"}),
    # Customer value classes' shares and window, members' level rules and benefits: the manager's.
    "value.rules": frozenset({"manager"}),
    "members.rules": frozenset({"manager"}),
    "members.edit": frozenset({"clerk", "manager"}),  # enrol, renew, record a benefit used
    # Call scripts and survey forms (archive.scripts); rectification (archive.rectification): the
    # manager sets the library, forms, departments and threshold and checks the work; clerks open
    # items and record what the departments did.
    "scripts.manage": frozenset({"manager"}),
    "rectify.edit": frozenset({"clerk", "manager"}),
    "rectify.manage": frozenset({"manager"}),
}

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
DEMO_PASSWORD = "demo1234"  # every demo account's (main.py demo); refused outside a demo database
DEMO_SETTING = "demo_database"  # Setting key: this database was built by ``demo``

_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1  # 16 MiB of memory per hash


def can(user: User, permission: str) -> bool:
    assert permission in PERMISSIONS, f"unknown permission {permission}"
    return bool(user.active) and user.role in PERMISSIONS[permission]


def require(actor: Actor, permission: str) -> None:
    if not can(actor.user, permission):
        raise Refusal("auth.forbidden", permission=permission, role=actor.user.role, user=actor.user.username)


# -- passwords ------------------------------------------------------------------------------------

def _normalise(password: str) -> bytes:
    # The same password typed with a full-width IME or composed differently must verify the same.
    return unicodedata.normalize("NFKC", password).encode("utf-8")


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(_normalise(password), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, maxmem=64 * 2**20)
    encode = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${encode(salt)}${encode(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            _normalise(password), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), maxmem=64 * 2**20
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


# Checked when a name is unknown or disabled, so that attempt costs the same scrypt work as a
# wrong password (the time would otherwise tell which user names exist). Never matches anything:
# no password hashes to 64 zero bytes.
_DUMMY_HASH = (f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}$" + base64.b64encode(bytes(16)).decode("ascii") + "$"
               + base64.b64encode(bytes(64)).decode("ascii"))

_common_passwords: frozenset[str] | None = None


def common_passwords() -> frozenset[str]:
    """The list of passwords too common to accept (resources/common_passwords.txt), lower case."""
    global _common_passwords
    if _common_passwords is None:
        from common import paths

        lines = paths.resource("common_passwords.txt").read_text(encoding="utf-8").splitlines()
        _common_passwords = frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))
    return _common_passwords


def is_demo_database() -> bool:
    from common.models import Setting

    row = Setting.get_or_none(Setting.key == DEMO_SETTING)
    return row is not None and row.value == "1"


def mark_demo_database() -> None:
    """This database is a demo (main.py demo): its window says so, and demo1234 is accepted."""
    from common.models import Setting

    Setting.insert(key=DEMO_SETTING, value="1").on_conflict(conflict_target=[Setting.key],
                                                             update={Setting.value: "1"}).execute()


def check_new_password(password: str) -> None:
    """Refuses a password too weak to set: too short, one character repeated, or a common one."""
    text = unicodedata.normalize("NFKC", password or "")
    if len(text) < MIN_PASSWORD_LENGTH:
        raise Refusal("auth.password_too_short", minimum=MIN_PASSWORD_LENGTH)
    if len(set(text)) == 1:
        raise Refusal("auth.password_one_character")
    folded = text.lower()
    if folded in common_passwords() and not (folded == DEMO_PASSWORD and is_demo_database()):
        raise Refusal("auth.password_common")



# -- logging in -----------------------------------------------------------------------------------

def authenticate(username: str, password: str, now: datetime) -> Actor:
    """Check a username and password. Returns the Actor, or refuses.

    Failures are counted and audited even though the caller gets a refusal: the counter must
    survive, or the lockout would mean nothing. An empty user name or password is refused without
    counting (auth.username_required / auth.password_required).
    """
    return PendingLogin(username, password).finish(now)


def _refuse_unknown(username: str, now: datetime) -> Refusal:
    """An unknown (or disabled) name is refused as an account would be: "auth.failed" four times,
    then "auth.locked" for LOCKOUT, so the locked message does not tell that a name exists. The
    attempts are counted from this name's audit rows (no user row to keep a counter in)."""
    mine = AuditLog.select(AuditLog.at, AuditLog.action).where(
        (AuditLog.username == username) & AuditLog.entity_id.is_null() & (AuditLog.entity == "user"))
    last_lock = (mine.where(AuditLog.action == "login.locked").order_by(AuditLog.at.desc(), AuditLog.id.desc())
                 .scalar())
    if isinstance(last_lock, str):
        last_lock = datetime.fromisoformat(last_lock)
    if last_lock is not None and last_lock + LOCKOUT > now:
        audit.record_at(now, "login.refused_locked", "user", None, username=username)
        return Refusal("auth.locked", username=username, until=last_lock + LOCKOUT)
    failed = mine.where(AuditLog.action == "login.failed")
    if last_lock is not None:
        failed = failed.where(AuditLog.at > last_lock)
    if failed.count() + 1 >= MAX_FAILED_LOGINS:
        audit.record_at(now, "login.locked", "user", None, username=username)
        return Refusal("auth.locked", username=username, until=now + LOCKOUT)
    audit.record_at(now, "login.failed", "user", None, {"reason": "unknown"}, username=username)
    return Refusal("auth.failed", username=username)


class PendingLogin:
    """``authenticate`` in three steps, so the scrypt check (about 60 ms, full strength) can run on
    a worker thread while the caller does other work (the GUI builds its main window hidden):

    1. ``PendingLogin(username, password)`` refuses an empty field and reads the user row;
    2. ``start()`` computes the hash on a worker thread; it touches no database (hashlib.scrypt
       releases the GIL). Without it, ``finish`` computes the hash itself when the rules need it;
    3. ``finish(now)``, on the thread that owns the database, re-reads the user in a transaction
       and applies the lockout rules, counts and audits exactly as one ``authenticate`` call did.

    Nothing read on behalf of ``user`` may be shown before ``finish`` has returned an Actor.
    """

    def __init__(self, username: str, password: str):
        self.username = (username or "").strip()
        # An empty field is a slip of the Enter key, not a guess: refused before any lookup, so it
        # is neither counted towards the lockout nor audited.
        if not self.username:
            raise Refusal("auth.username_required")
        if not password:
            raise Refusal("auth.password_required")
        self._password = password
        self.user = User.get_or_none(User.username == self.username)
        self._checked_hash: str | None = None
        self._verified = False
        self._worker = None

    def start(self) -> None:
        import threading

        if self.user is None or not self.user.active:
            return  # unknown or disabled: refused in finish() without a hash, as before
        self._worker = threading.Thread(target=self._verify, args=(self.user.password_hash,), daemon=True)
        self._worker.start()

    def _verify(self, stored: str) -> None:
        verified = verify_password(self._password, stored)
        self._verified, self._checked_hash = verified, stored

    def _password_ok(self, user: User) -> bool:
        if self._worker is not None:
            self._worker.join()
        # Checked against the row read at the start; a password changed since then (or a worker
        # that died) is checked here against the row the rules read.
        if self._checked_hash != user.password_hash:
            return verify_password(self._password, user.password_hash)
        return self._verified

    def finish(self, now: datetime) -> Actor:
        username = self.username
        refusal: Refusal | None = None
        with database.atomic():
            user = User.get_or_none(User.username == username)
            if user is None or not user.active:
                verify_password(self._password, _DUMMY_HASH)  # as long as a wrong password takes
                refusal = _refuse_unknown(username, now)
            elif user.locked_until is not None and user.locked_until > now:
                verify_password(self._password, _DUMMY_HASH)  # as long as any other refusal takes
                audit.record_at(now, "login.refused_locked", "user", user.id, user=user)
                refusal = Refusal("auth.locked", username=username, until=user.locked_until)
            elif not self._password_ok(user):
                user.failed_logins += 1
                if user.failed_logins >= MAX_FAILED_LOGINS:
                    user.locked_until = now + LOCKOUT
                    user.failed_logins = 0
                    refusal = Refusal("auth.locked", username=username, until=user.locked_until)
                    audit.record_at(now, "login.locked", "user", user.id, user=user)
                else:
                    # Worded exactly as for an unknown name: how many attempts are left would tell
                    # that this name exists.
                    refusal = Refusal("auth.failed", username=username)
                    audit.record_at(now, "login.failed", "user", user.id,
                                    {"reason": "password", "remaining": MAX_FAILED_LOGINS - user.failed_logins},
                                    user=user)
                user.save()
            else:
                if user.failed_logins or user.locked_until:
                    user.failed_logins = 0
                    user.locked_until = None
                    user.save()
                # An account that must first choose its own password is not logged in yet: the
                # "login" row is written by complete_login once the new password is set.
                audit.record_at(now, "login.password_change_due" if user.must_change_password else "login", "user",
                                user.id, user=user)
        if refusal is not None:
            raise refusal
        return Actor(user, now)


# -- managing users -------------------------------------------------------------------------------

def has_users() -> bool:
    return User.select().exists()


def create_first_admin(username: str, display_name: str, password: str, now: datetime) -> User:
    """The first account of a new database. Refused once any user exists."""
    if not (username or "").strip():
        raise Refusal("auth.username_required")
    check_new_password(password)
    with database.atomic():
        if has_users():
            raise Refusal("auth.already_initialised")
        user = User.create(
            username=username.strip(),
            display_name=display_name.strip() or username.strip(),
            role="admin",
            password_hash=hash_password(password),
            created_at=now,
            password_changed_at=now,
        )
        audit.record_at(now, "user.create", "user", user.id, {"role": "admin", "first": True}, user=user)
    return user


def create_user(actor: Actor, username: str, display_name: str, role: str, password: str, *,
                must_change_password: bool = True) -> User:
    """A new account with a first password the administrator chose; its owner must change it at
    the first login (``must_change_password``; False only for the demo's accounts)."""
    require(actor, "users.manage")
    username = (username or "").strip()
    if not username:
        raise Refusal("auth.username_required")
    if role not in ROLES:
        raise Refusal("auth.unknown_role", role=role)
    check_new_password(password)
    with database.atomic():
        if User.select().where(User.username == username).exists():
            raise Refusal("auth.username_taken", username=username)
        user = User.create(
            username=username,
            display_name=(display_name or "").strip() or username,
            role=role,
            password_hash=hash_password(password),
            created_at=actor.now,
            password_changed_at=actor.now,
            must_change_password=must_change_password,
        )
        audit.record(actor, "user.create", "user", user.id, {"role": role})
    return user


def _admins_left_without(user_id: int) -> int:
    return User.select().where((User.role == "admin") & User.active & (User.id != user_id)).count()


def update_user(actor: Actor, user_id: int, *, display_name: str | None = None, role: str | None = None,
                active: bool | None = None) -> User:
    require(actor, "users.manage")
    with database.atomic():
        user = User.get_by_id(user_id)
        changes = {}
        if role is not None and role != user.role:
            if role not in ROLES:
                raise Refusal("auth.unknown_role", role=role)
            if user.role == "admin" and _admins_left_without(user.id) == 0:
                raise Refusal("auth.last_admin", username=user.username)
            changes["role"] = [user.role, role]
            user.role = role
        if active is not None and bool(active) != bool(user.active):
            if not active and user.role == "admin" and _admins_left_without(user.id) == 0:
                raise Refusal("auth.last_admin", username=user.username)
            changes["active"] = [bool(user.active), bool(active)]
            user.active = bool(active)
        if display_name is not None and display_name.strip() and display_name.strip() != user.display_name:
            changes["display_name"] = [user.display_name, display_name.strip()]
            user.display_name = display_name.strip()
        if changes:
            user.save()
            audit.record(actor, "user.update", "user", user.id, changes)
    return user


def reset_password(actor: Actor, user_id: int, new_password: str) -> None:
    """An admin sets a new password for someone (and lifts a lockout); they must change it at their
    next login, since the admin knows it."""
    require(actor, "users.manage")
    check_new_password(new_password)
    with database.atomic():
        user = User.get_by_id(user_id)
        user.password_hash = hash_password(new_password)
        user.password_changed_at = actor.now
        user.failed_logins = 0
        user.locked_until = None
        user.must_change_password = True
        user.save()
        audit.record(actor, "user.reset_password", "user", user.id)


def complete_login(actor: Actor, now: datetime) -> None:
    """The login of an account that had to change its password, audited once the change is made
    (a login given up at the change leaves only its "login.password_change_due" row)."""
    with database.atomic():
        audit.record_at(now, "login", "user", actor.user.id, user=User.get_by_id(actor.user.id))


def change_own_password(actor: Actor, old_password: str, new_password: str) -> None:
    """One's own new password (also the change an account must make at its first login)."""
    with database.atomic():
        user = User.get_by_id(actor.user.id)
        if not verify_password(old_password, user.password_hash):
            raise Refusal("auth.wrong_old_password")
        check_new_password(new_password)
        if verify_password(new_password, user.password_hash):
            raise Refusal("auth.password_unchanged")
        required = bool(user.must_change_password)
        user.password_hash = hash_password(new_password)
        user.password_changed_at = actor.now
        user.must_change_password = False
        user.save()
        audit.record(actor, "user.change_password", "user", user.id, {"required": True} if required else None)
    actor.user.must_change_password = False  # the session's copy of the row, which the caller holds


def require_password_changed(actor: Actor) -> None:
    """Refuses (auth.must_change_password) an account that must first set its own password."""
    if actor.user.must_change_password:
        raise Refusal("auth.must_change_password", username=actor.user.username)


def unlock(actor: Actor, user_id: int) -> None:
    require(actor, "users.manage")
    with database.atomic():
        user = User.get_by_id(user_id)
        user.failed_logins = 0
        user.locked_until = None
        user.save()
        audit.record(actor, "user.unlock", "user", user.id)


def users():
    return User.select().order_by(User.role, User.username)
