package org.zhuiguang.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The effective settings of a run, logged to stderr before any work so a run can be reproduced from
 * its log (stdout stays clean for {@code --json}).
 */
final class Settings {

  private final String command;
  private final Map<String, Object> values = new LinkedHashMap<>();

  private Settings(String command) {
    this.command = command;
  }

  static Settings of(String command) {
    return new Settings(command);
  }

  Settings with(String name, Object value) {
    values.put(name, value);
    return this;
  }

  void log(PrintWriter err) {
    StringJoiner line = new StringJoiner(" ", "zg " + command + ": ", "");
    values.forEach((k, v) -> line.add(k + "=" + v));
    err.println(line);
    err.flush();
  }
}
