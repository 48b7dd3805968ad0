package org.familyhub.portal.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor uploads one file, reads the report, and uploads the next without reloading the page (#15): the upload
 * button came back once the first file was read. Both files are refused, so nothing in the directory changes.
 */
@BrowserTest
class UploadAgainBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void theUploadButtonIsThereForASecondFileAfterTheFirstIsRead(@TempDir Path folder) throws Exception {
        Path notJson = Files.writeString(folder.resolve("listings.json"), "{ this is not json");
        Path emptyCsv = Files.writeString(folder.resolve("listings.csv"), "");
        try (Chromium chromium = Chromium.signedInAs(port, "editor")) {
            chromium.open("workspace/transfer");

            upload(chromium, notJson);
            chromium.waitFor(d -> d.findElement(By.cssSelector(".workspace-feedback")).getText()
                    .contains("not valid JSON") ? true : null);
            WebElement button = chromium.waitFor(d -> uploadButton(chromium));
            assertThat(button.isEnabled()).as("the upload button after one file").isTrue();
            assertThat(button.getAttribute("disabled")).isNull();

            upload(chromium, emptyCsv);
            String report = chromium.waitFor(d -> {
                String text = d.findElement(By.cssSelector(".workspace-feedback")).getText();
                return text.contains("The CSV file is empty") ? text : null;
            });
            assertThat(report).doesNotContain("not valid JSON");
        }
    }

    /** The first upload on the page (the listings file); its file input sits in the upload's shadow root. */
    private static void upload(Chromium chromium, Path file) {
        WebElement upload = chromium.find("vaadin-upload");
        chromium.js("arguments[0].querySelectorAll('input[type=file]').forEach(i => i.removeAttribute('hidden'));"
                + " if (arguments[0].shadowRoot) arguments[0].shadowRoot.querySelectorAll('input[type=file]')"
                + ".forEach(i => { i.removeAttribute('hidden'); i.style.display = 'block'; });", upload);
        input(upload).sendKeys(file.toAbsolutePath().toString());
    }

    private static WebElement input(WebElement upload) {
        SearchContext root = upload.getShadowRoot();
        var inShadow = root.findElements(By.cssSelector("input[type=file]"));
        return inShadow.isEmpty() ? upload.findElement(By.cssSelector("input[type=file]")) : inShadow.get(0);
    }

    private static WebElement uploadButton(Chromium chromium) {
        WebElement upload = chromium.driver().findElement(By.cssSelector("vaadin-upload"));
        var buttons = upload.findElements(By.cssSelector("vaadin-button"));
        return buttons.isEmpty() ? null : buttons.get(0);
    }
}
