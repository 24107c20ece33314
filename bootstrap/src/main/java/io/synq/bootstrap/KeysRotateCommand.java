package io.synq.bootstrap;

import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Makes a new signing key the signer. Tokens signed by the old key keep verifying until they have
 * all expired; running servers on the same database pick the new key up by themselves.
 */
@Command(
    name = "rotate",
    mixinStandardHelpOptions = true,
    description =
        "Generates a new signing key; the previous one stays trusted until its tokens expire.")
final class KeysRotateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Config config = Config.fromProcess();
    try (Wiring wiring = Wiring.open(config, Clock.systemUTC())) {
      String keyId = wiring.rotateSigningKey();
      spec.commandLine().getOut().println("New signing key " + keyId);
    }
    return 0;
  }
}
