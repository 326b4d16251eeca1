package dev.cleave.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;

/**
 * Settings of the wizard ({@code cleave.*}).
 *
 * @param workspace   the only folder tree the wizard reads projects from and writes to; the wizard's own data
 *                    (plans, history, graphs, uploads, generated code) lives in its {@code .cleave-wizard} folder
 * @param home        Cleave's home (set by the {@code ./cleave} launcher); its {@code samples/} are offered as
 *                    bundled samples. Blank: {@code samples/} of the working folder when present
 * @param uploadLimit largest accepted upload (the zip file); unpacked size and entry count are bounded separately
 */
@ConfigurationProperties("cleave")
public record WizardProperties(@DefaultValue("${user.home}/cleave-workspace") Path workspace,
                               @DefaultValue("") String home,
                               @DefaultValue("64MB") DataSize uploadLimit) {
}
