"""A UNO client for the LibreOffice that Lan Tỏa keeps running (see ../pdf-converter.ts).

The office is started by the server with --accept=pipe,name=NAME;urp; and this script, run once per
request by Debian's python3 with python3-uno, connects to it over that local pipe:

  convert.py --pipe NAME [--connect-timeout S] ping                  waits until the office answers
  convert.py --pipe NAME [--connect-timeout S] convert INPUT OUTPUT  writes OUTPUT (.pdf) from INPUT
  convert.py --pipe NAME [--connect-timeout S] terminate             asks the office to quit cleanly

A short-lived client rather than a long-lived bridge: starting python3 and connecting costs about
0.1 s, and a client that fails or is killed takes nothing with it. The exit status says what went
wrong, for the server to decide between "retry with a fresh office" and "this document fails":
"""

import argparse
import os
import sys
import time

OK = 0
NO_CONNECTION = 3  # the office does not answer on the pipe (not started yet, or gone)
DOCUMENT_FAILED = 4  # the office answered but could not read or export this document
NO_UNO = 5  # this python has no python3-uno: the server falls back to one soffice per conversion
OFFICE_LOST = 6  # the connection broke during the work (the office crashed or was killed)

try:
    import uno
    from com.sun.star.beans import PropertyValue
    from com.sun.star.connection import NoConnectException
    from com.sun.star.lang import DisposedException
    from com.sun.star.uno import Exception as UnoException
    from com.sun.star.uno import RuntimeException as UnoRuntimeException
except ImportError as error:
    print(f"python3-uno is not installed for {sys.executable}: {error}", file=sys.stderr)
    sys.exit(NO_UNO)

# com.sun.star.document.MacroExecMode.NEVER_EXECUTE and UpdateDocMode.NO_UPDATE: a document never runs
# a macro nor fetches a linked file while it is converted.
NEVER_EXECUTE = 0
NO_UPDATE = 0


def props(**values):
    return tuple(PropertyValue(Name=name, Value=value) for name, value in values.items())


def connect(pipe, timeout):
    """The office's Desktop, retrying until `timeout` seconds have passed (the office may be starting)."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + timeout
    while True:
        try:
            remote = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return remote.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", remote)
        except NoConnectException as error:
            if time.monotonic() >= deadline:
                print(f"no office on pipe {pipe} after {timeout} s: {error.Message}", file=sys.stderr)
                sys.exit(NO_CONNECTION)
            time.sleep(0.1)


def convert(desktop, source, target):
    url = uno.systemPathToFileUrl(os.path.abspath(source))
    try:
        document = desktop.loadComponentFromURL(
            url,
            "_blank",
            0,
            props(Hidden=True, ReadOnly=True, MacroExecutionMode=NEVER_EXECUTE, UpdateDocMode=NO_UPDATE),
        )
    except (DisposedException, UnoRuntimeException):
        raise
    except UnoException as error:
        print(f"cannot open {source}: {error.Message}", file=sys.stderr)
        return DOCUMENT_FAILED
    if document is None:
        print(f"cannot open {source}: no document", file=sys.stderr)
        return DOCUMENT_FAILED
    try:
        document.storeToURL(
            uno.systemPathToFileUrl(os.path.abspath(target)),
            props(FilterName="writer_pdf_Export", Overwrite=True),
        )
    except (DisposedException, UnoRuntimeException):
        raise
    except UnoException as error:
        print(f"cannot export {source} to PDF: {error.Message}", file=sys.stderr)
        return DOCUMENT_FAILED
    finally:
        # Closed whatever happened: a document left open holds memory in the office for good.
        try:
            document.close(True)
        except UnoException:
            pass
    return OK


def main():
    parser = argparse.ArgumentParser(description="Drives Lan Tỏa's long-lived LibreOffice over UNO.")
    parser.add_argument("--pipe", required=True, help="the name given to soffice --accept=pipe,name=...")
    parser.add_argument("--connect-timeout", type=float, default=5.0, help="seconds to wait for the office")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("ping")
    convert_command = commands.add_parser("convert")
    convert_command.add_argument("source")
    convert_command.add_argument("target")
    commands.add_parser("terminate")
    args = parser.parse_args()

    desktop = connect(args.pipe, args.connect_timeout)
    try:
        if args.command == "ping":
            return OK
        if args.command == "terminate":
            try:
                desktop.terminate()
            except (DisposedException, UnoRuntimeException):
                pass  # the office went away while answering: that is what was asked
            return OK
        return convert(desktop, args.source, args.target)
    except (DisposedException, UnoRuntimeException) as error:
        print(f"lost the office during {args.command}: {error.Message}", file=sys.stderr)
        return OFFICE_LOST


if __name__ == "__main__":
    sys.exit(main())
