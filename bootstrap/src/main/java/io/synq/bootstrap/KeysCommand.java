package io.synq.bootstrap;

import picocli.CommandLine.Command;

/** {@code keys ...}: the embedded issuer's signing keys. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    subcommands = {KeysRotateCommand.class},
    description = "Manages the embedded issuer's signing keys.")
final class KeysCommand {}
