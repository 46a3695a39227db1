"""The real pre-commit, running this checkout's .pre-commit-hooks.yaml: with try-repo, and from a
user's .pre-commit-config.yaml."""

import os
import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT

pre_commit = pytest.importorskip("pre_commit", reason="pre-commit cannot be installed here")

BAD = """+++
limit = 200
+++
Hi {frist_name}, we help teams like yours. Do you have 15 minutes for a call? calendly.com/acme/15min
"""
GOOD = """+++
relationship = "met"
+++
# After the meetup.
Hi {first_name}, great to meet you at {event} yesterday. Your point about on-call rotations
stuck with me. Could I ask how your team runs incident reviews?
"""
SUPPRESSED = """+++
relationship = "met"
+++
# inviteslint: ignore[PIT001] -- only sent to people who asked us for the call at the event
Hi {first_name}, great to meet you at {event} yesterday. You asked how we pair junior
engineers with mentors; happy to set up a 15-minute call next week to walk you through it.
"""


@pytest.fixture(scope="module")
def hooks_repo(tmp_path_factory):
    """This checkout as a repository at a fixed commit, uncommitted changes included, so that
    pre-commit builds the hook's environment once for all the tests."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a git checkout of inviteslint")
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split("\0")
    copy = tmp_path_factory.mktemp("inviteslint-checkout")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"]
    subprocess.run(["git", "init", "-q"], cwd=copy, check=True)
    subprocess.run(["git", "add", "."], cwd=copy, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "checkout"], cwd=copy, check=True)
    return copy


@pytest.fixture(scope="module")
def repo(tmp_path_factory, hooks_repo):
    folder = tmp_path_factory.mktemp("templates-repo")
    for name, text in (("bad.invite", BAD), ("good.invite.md", GOOD), ("suppressed.invite.txt", SUPPRESSED)):
        (folder / name).write_text(text, encoding="utf-8")
    unsuppressed = "\n".join(line for line in SUPPRESSED.splitlines() if "inviteslint:" not in line)
    (folder / "unsuppressed.invite.txt").write_text(unsuppressed + "\n", encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=folder, check=True)
    subprocess.run(["git", "add", "."], cwd=folder, check=True)
    return folder


def _pre_commit(repo, home, *args):
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    command = [sys.executable, "-m", "pre_commit", *args]
    return subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def run_hook(repo, hooks_repo):
    """`pre-commit run` with a config that uses the hook as a user would: repo and rev. (Its
    environment is built once and cached, unlike try-repo's.)"""
    rev = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=hooks_repo, check=True, capture_output=True, text=True
    ).stdout.strip()
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hooks_repo.as_posix()}\n    rev: {rev}\n    hooks:\n      - id: inviteslint\n",
        encoding="utf-8",
    )
    home = repo.parent / "pre-commit-home"
    return lambda *files: _pre_commit(repo, home, "run", "inviteslint", "--files", *files)


def test_try_repo_runs_the_hook_of_this_checkout(repo, hooks_repo):
    result = _pre_commit(
        repo,
        repo.parent / "try-repo-home",
        "try-repo",
        str(hooks_repo),
        "inviteslint",
        "--files",
        "bad.invite",
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "bad.invite:4:4: TPL001 [error]" in result.stdout


def test_hook_fails_a_bad_template_with_its_findings(run_hook):
    result = run_hook("bad.invite")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "bad.invite:4:4: TPL001 [error]" in result.stdout
    assert "PIT001" in result.stdout and "Failed" in result.stdout


def test_hook_passes_a_good_template(run_hook):
    result = run_hook("good.invite.md")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout


def test_hook_passes_a_template_whose_finding_is_suppressed(run_hook):
    result = run_hook("suppressed.invite.txt")
    assert result.returncode == 0, result.stdout + result.stderr
    result = run_hook("unsuppressed.invite.txt")
    assert result.returncode == 1, "the same template without its suppression fails"
    assert "unsuppressed.invite.txt:5:" in result.stdout and "PIT001 [warning]" in result.stdout


def test_the_local_hook_in_the_docs_uses_the_installed_inviteslint(tmp_path):
    docs = (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
    config = next(block for block in docs.split("```yaml\n")[1:] if "repo: local" in block).split("```")[0]
    (tmp_path / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "bad.invite").write_text(BAD, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("Not a template.\n", encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run(["git", "add", "."], cwd=tmp_path, check=True)
    env = {
        **os.environ,
        "PATH": os.pathsep.join([os.path.dirname(sys.executable), os.environ.get("PATH", "")]),
        "PRE_COMMIT_HOME": str(tmp_path.parent / "pre-commit-home-local"),
        "PRE_COMMIT_COLOR": "never",
    }
    command = [sys.executable, "-m", "pre_commit", "run", "--all-files"]
    result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "bad.invite:4:4: TPL001 [error]" in result.stdout
    assert "notes.txt" not in result.stdout
