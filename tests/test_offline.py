"""The engine never touches the network: analysis runs in a fresh interpreter with sockets blocked."""

import subprocess
import sys
import textwrap


def test_offline_analysis_with_sockets_blocked():
    script = textwrap.dedent(
        """
        import socket

        def refuse(*args, **kwargs):
            raise RuntimeError("network access attempted")

        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse

        from inviteslint import analyze
        # Long enough for the readability formula, which needs the syllable counts and pyphen.
        report = analyze(
            "Hi Dr. Okonkwo, I read your 2024 paper on low-resource machine translation for Igbo "
            "and found the data augmentation section extraordinarily useful for my thesis."
        )
        assert "grade" in report.features, report.features
        print(report.label)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "personalized"
