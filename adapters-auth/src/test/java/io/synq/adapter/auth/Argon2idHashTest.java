package io.synq.adapter.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The PHC string a stored password hash is kept as, read only within its bounds. */
class Argon2idHashTest {
  private static final Argon2idCost COST = new Argon2idCost(64, 1, 1);

  private static String phc(int saltBytes, int hashBytes) {
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return "$argon2id$v=19$m=64,t=1,p=1$"
        + base64.encodeToString(new byte[saltBytes])
        + "$"
        + base64.encodeToString(new byte[hashBytes]);
  }

  @Test
  void reads_salts_of_8_to_64_bytes_and_hashes_of_16_to_64() {
    assertThat(Argon2idHash.parse(phc(8, 16)))
        .hasValueSatisfying(h -> assertThat(h.salt()).hasSize(8));
    assertThat(Argon2idHash.parse(phc(64, 64)))
        .hasValueSatisfying(h -> assertThat(h.hash()).hasSize(64));

    assertThat(Argon2idHash.parse(phc(7, 32))).isEmpty();
    assertThat(Argon2idHash.parse(phc(65, 32))).isEmpty();
    assertThat(Argon2idHash.parse(phc(16, 15))).isEmpty();
    assertThat(Argon2idHash.parse(phc(16, 65))).isEmpty();
  }

  @Test
  void writes_back_the_string_it_read() {
    assertThat(Argon2idHash.parse(phc(16, 32)).orElseThrow().encoded()).isEqualTo(phc(16, 32));
  }

  @Test
  void refuses_to_hold_a_salt_out_of_its_bounds() {
    assertThatThrownBy(() -> new Argon2idHash(COST, new byte[7], new byte[32]))
        .hasMessage("salt must be 8-64 bytes");
    assertThatThrownBy(() -> new Argon2idHash(COST, new byte[16], new byte[65]))
        .hasMessage("hash must be 16-64 bytes");
  }
}
