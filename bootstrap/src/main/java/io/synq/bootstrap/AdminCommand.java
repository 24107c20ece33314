package io.synq.bootstrap;

import picocli.CommandLine.Command;

/** {@code admin ...}: account administration from the command line. */
@Command(
    name = "admin",
    mixinStandardHelpOptions = true,
    subcommands = {AdminCreateCommand.class},
    description = "Manages administrators of the embedded issuer's accounts.")
final class AdminCommand {}
