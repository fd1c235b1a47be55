package nl.labspace.photo;

import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.MANAGER_B;
import static nl.labspace.TestMarket.UNIT_A;
import static nl.labspace.TestMarket.UNIT_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

/**
 * Photos and floor plans through the API as campus managers, companies and the public use it: what is stored of a
 * good photo (no EXIF, a thumbnail), what is refused (by content, size and count) with nothing stored, who may
 * upload and delete, caching, and the thumbnail in search results.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "micronaut.http.client.max-content-length", value = "33554432")
class UnitFilesApiTest extends TestMarketTest {

    private static final String UNIT = """
            {"name":"Photo suite","labM2":120,"officeM2":40,"containment":"ML-I","gmp":"none","features":[],
             "availableFrom":"2027-05","rentPerM2Year":300,"minTermMonths":12}""";

    private String managerA;
    private String managerB;
    private String company;

    @BeforeAll
    void signIn() {
        managerA = http.token(MANAGER_A);
        managerB = http.token(MANAGER_B);
        company = http.token(COMPANY_X_USER);
    }

    @Test
    void aPhotoWithGpsIsStoredWithoutItsExifAndGetsAThumbnail() throws IOException {
        byte[] upload = TestFiles.gpsJpeg(800, 600, 1);
        assertThat(TestFiles.contains(upload, "Exif".getBytes())).as("the upload carries EXIF").isTrue();
        assertThat(TestFiles.contains(upload, TestFiles.LATITUDE_52)).isTrue();

        Reply created = upload(managerA, newUnit(), "photo", "IMG_2041.jpg", "image/jpeg", upload, "The lab, looking north");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Map<String, Object> file = http.object(created);
        assertThat(file).containsEntry("kind", "photo").containsEntry("mediaType", "image/jpeg")
                .containsEntry("fileName", "IMG_2041.jpg").containsEntry("caption", "The lab, looking north")
                .containsEntry("width", 800).containsEntry("height", 600).containsEntry("position", 1);
        assertThat(created.headers().get(HttpHeaders.LOCATION)).isEqualTo(file.get("url"));

        HttpResponse<byte[]> stored = download((String) file.get("url"), null);
        assertThat(stored.getContentType().orElseThrow().toString()).isEqualTo("image/jpeg");
        byte[] bytes = stored.body();
        assertThat(TestFiles.contains(bytes, "Exif".getBytes())).as("EXIF in the stored bytes").isFalse();
        assertThat(TestFiles.contains(bytes, TestFiles.LATITUDE_52)).as("the GPS latitude in the stored bytes").isFalse();
        assertThat(app1Markers(bytes)).as("APP1 (EXIF/XMP) segments ImageIO finds").isZero();
        assertThat(ImageIO.read(new ByteArrayInputStream(bytes)).getWidth()).isEqualTo(800);

        HttpResponse<byte[]> thumbnail = download((String) file.get("thumbnailUrl"), null);
        assertThat(thumbnail.getContentType().orElseThrow().toString()).isEqualTo("image/jpeg");
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));
        assertThat(small.getWidth()).isEqualTo(320);
        assertThat(small.getHeight()).isEqualTo(240);
        assertThat(TestFiles.contains(thumbnail.body(), "Exif".getBytes())).isFalse();
    }

    @Test
    void aPortraitPhotoIsTurnedUprightAsItsExifSays() throws IOException {
        Reply created = upload(managerA, newUnit(), "photo", "portrait.jpg", "image/jpeg", TestFiles.gpsJpeg(400, 200, 6), "");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Map<String, Object> file = http.object(created);
        assertThat(file).containsEntry("width", 200).containsEntry("height", 400);
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(download((String) file.get("url"), null).body()));
        // orientation 6: the stored pixels' top-left (orange) corner belongs at the top right
        assertThat(new java.awt.Color(stored.getRGB(190, 10)).getRed()).isGreaterThan(200);
        assertThat(new java.awt.Color(stored.getRGB(10, 10)).getRed()).isLessThan(100);
    }

    @Test
    void aRenamedExecutableOrScriptIsRefusedByContentAndNothingIsStored() {
        UUID unit = newUnit();
        long before = sql.count("unit_file");
        Reply elf = upload(managerA, unit, "photo", "holiday.jpg", "image/jpeg", TestFiles.elf(), "");
        assertRefused(elf, 400, "holiday.jpg", "not a JPEG or PNG");
        Reply script = upload(managerA, unit, "floor-plan", "plan.pdf", "application/pdf", TestFiles.shellScript(), "");
        assertRefused(script, 400, "plan.pdf", "not a PNG image or a PDF");
        Reply pdfAsPhoto = upload(managerA, unit, "photo", "plan.jpg", "image/jpeg", TestFiles.pdf(""), "");
        assertRefused(pdfAsPhoto, 400, "plan.jpg", "not a JPEG or PNG");
        byte[] fakeJpeg = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 2048);
        assertRefused(upload(managerA, unit, "photo", "broken.jpg", "image/jpeg", fakeJpeg, ""), 400, "broken.jpg", "could not be read");
        byte[] truncated = Arrays.copyOf(TestFiles.pdf(""), 60);
        assertRefused(upload(managerA, unit, "floor-plan", "cut.pdf", "application/pdf", truncated, ""), 400, "cut.pdf", "%%EOF");
        Reply scripted = upload(managerA, unit, "floor-plan", "active.pdf", "application/pdf",
                TestFiles.pdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >> "), "");
        assertRefused(scripted, 400, "active.pdf", "/JavaScript");
        assertThat(sql.count("unit_file")).isEqualTo(before);
        assertThat(http.list(http.get("/api/units/" + unit + "/files", managerA))).isEmpty();
    }

    @Test
    void aFileOverTenMegabytesIsRefusedByNameAndNothingIsStored() {
        UUID unit = newUnit();
        long before = sql.count("unit_file");
        byte[] big = Arrays.copyOf(TestFiles.png(64, 64), 10 * 1024 * 1024 + 1);
        Reply refused = upload(managerA, unit, "photo", "huge-scan.png", "image/png", big, "");
        assertRefused(refused, 413, "huge-scan.png", "over the limit of 10 MB");

        Reply overRequest = upload(managerA, unit, "photo", "enormous.png", "image/png", new byte[21 * 1024 * 1024], "");
        assertThat(overRequest.status()).isEqualTo(413);
        assertThat(overRequest.contentType()).startsWith("application/problem+json");
        assertThat(http.object(overRequest)).containsKeys("title", "detail");
        assertThat(sql.count("unit_file")).isEqualTo(before);
    }

    @Test
    void theTwentyFirstFileIsRefusedAndDeletingMakesRoom() {
        UUID unit = newUnit();
        byte[] png = TestFiles.png(16, 16);
        for (int i = 1; i <= 20; i++) {
            assertThat(upload(managerA, unit, i % 2 == 0 ? "floor-plan" : "photo", "f" + i + ".png", "image/png", png, "").status()).isEqualTo(201);
        }
        long before = sql.count("unit_file");
        assertRefused(upload(managerA, unit, "photo", "f21.png", "image/png", png, ""), 409, "f21.png", "at most 20");
        assertThat(sql.count("unit_file")).isEqualTo(before);

        List<Map<String, Object>> files = http.list(http.send(HttpRequest.GET("/api/units/" + unit + "/files")));
        assertThat(files).extracting(f -> f.get("position")).containsExactlyElementsOf(range(1, 20));
        assertThat(delete(managerA, unit, files.get(4).get("id")).status()).isEqualTo(204);
        List<Map<String, Object>> after = http.list(http.send(HttpRequest.GET("/api/units/" + unit + "/files")));
        assertThat(after).extracting(f -> f.get("position")).containsExactlyElementsOf(range(1, 19));
        assertThat(after).extracting(f -> f.get("fileName")).doesNotContain("f5.png").contains("f6.png");
        assertThat(upload(managerA, unit, "photo", "f21.png", "image/png", png, "").status()).isEqualTo(201);
    }

    @Test
    void uploadsThatRaceForTheLastPlaceStoreOneFile() throws Exception {
        UUID unit = newUnit();
        byte[] png = TestFiles.png(16, 16);
        for (int i = 1; i <= 19; i++) {
            assertThat(upload(managerA, unit, "photo", "f" + i + ".png", "image/png", png, "").status()).isEqualTo(201);
        }
        int racers = 6;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(racers);
        try {
            List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String name = "racer" + i + ".png";
                statuses.add(pool.submit(() -> {
                    start.await();
                    return upload(managerA, unit, "photo", name, "image/png", png, "").status();
                }));
            }
            start.countDown();
            List<Integer> answers = new java.util.ArrayList<>();
            for (var status : statuses) {
                answers.add(status.get());
            }
            assertThat(answers).containsOnlyOnce(201).containsOnly(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(sql.count("unit_file WHERE unit_id = '" + unit + "'")).isEqualTo(20);
    }

    @Test
    void aCompanyOrAnotherCampusCannotUploadOrDelete() {
        long before = sql.count("unit_file");
        byte[] png = TestFiles.png(16, 16);
        // without a bearer token a multipart post is a form a browser could send for another site: refused as forged
        assertThat(upload(null, UNIT_A, "photo", "a.png", "image/png", png, "").status()).isEqualTo(403);
        assertThat(upload(company, UNIT_A, "photo", "a.png", "image/png", png, "").status()).isEqualTo(403);
        assertThat(upload(managerB, UNIT_A, "photo", "a.png", "image/png", png, "").status()).isEqualTo(404);
        assertThat(sql.count("unit_file")).isEqualTo(before);

        Reply own = upload(managerA, UNIT_A, "photo", "a.png", "image/png", png, "");
        Object id = http.object(own).get("id");
        assertThat(delete(null, UNIT_A, id).status()).isEqualTo(401);
        assertThat(delete(company, UNIT_A, id).status()).isEqualTo(403);
        assertThat(delete(managerB, UNIT_A, id).status()).isEqualTo(404);
        assertThat(delete(managerB, UNIT_B, id).status()).as("the file through a unit it is not of").isEqualTo(404);
        assertThat(http.list(http.send(HttpRequest.GET("/api/units/" + UNIT_A + "/files")))).extracting(f -> f.get("id")).contains(id);
        assertThat(delete(managerA, UNIT_A, id).status()).isEqualTo(204);
        assertThat(delete(managerA, UNIT_A, id).status()).isEqualTo(404);
        assertThat(sql.count("unit_file")).isEqualTo(before);
    }

    @Test
    void filesAreServedWithTypesAndCachingAndFollowTheUnitsVisibility() {
        UUID unit = newUnit();
        Map<String, Object> photo = http.object(upload(managerA, unit, "photo", "lab.png", "image/png", TestFiles.png(500, 300), "Lab"));
        Map<String, Object> plan = http.object(upload(managerA, unit, "floor-plan", "Plattegrond vloer 2.pdf", "application/pdf", TestFiles.pdf(""), ""));
        assertThat(plan).containsEntry("mediaType", "application/pdf");
        assertThat(plan.get("thumbnailUrl")).as("a PDF has no thumbnail").isNull();

        HttpResponse<byte[]> png = download((String) photo.get("url"), null);
        assertThat(png.getContentType().orElseThrow().toString()).isEqualTo("image/png");
        assertThat(png.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(png.header(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=3600");
        String etag = png.header(HttpHeaders.ETAG);
        assertThat(etag).matches("\"[0-9a-f]{64}\"");
        assertThat(status(HttpRequest.GET((String) photo.get("url")).header(HttpHeaders.IF_NONE_MATCH, etag))).isEqualTo(304);
        assertThat(status(HttpRequest.GET((String) photo.get("url")).header(HttpHeaders.IF_NONE_MATCH, "\"other\""))).isEqualTo(200);
        String thumbTag = download((String) photo.get("thumbnailUrl"), null).header(HttpHeaders.ETAG);
        assertThat(status(HttpRequest.GET((String) photo.get("thumbnailUrl")).header(HttpHeaders.IF_NONE_MATCH, thumbTag))).isEqualTo(304);

        HttpResponse<byte[]> pdf = download((String) plan.get("url"), null);
        assertThat(pdf.getContentType().orElseThrow().toString()).isEqualTo("application/pdf");
        assertThat(pdf.header(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"Plattegrond vloer 2.pdf\"; filename*=UTF-8''Plattegrond%20vloer%202.pdf");
        assertThat(pdf.body()).isEqualTo(TestFiles.pdf(""));
        assertThat(status(HttpRequest.GET((String) plan.get("url").toString().replace("/content", "/thumbnail")))).isEqualTo(404);

        assertThat(http.send(HttpRequest.POST("/api/units/" + unit + "/withdraw", "").bearerAuth(managerA)).status()).isEqualTo(200);
        assertThat(status(HttpRequest.GET((String) photo.get("url")))).as("a withdrawn unit's photo, anonymously").isEqualTo(404);
        assertThat(http.get("/api/units/" + unit + "/files", company).status()).isEqualTo(404);
        HttpResponse<byte[]> toManager = download((String) photo.get("url"), managerA);
        assertThat(toManager.header(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-cache");
    }

    @Test
    void searchResultsCarryTheThumbnailOfTheFirstPhoto() {
        UUID unit = newUnit();
        upload(managerA, unit, "floor-plan", "plan.png", "image/png", TestFiles.png(300, 300), "");
        Map<String, Object> photo = http.object(upload(managerA, unit, "photo", "p.jpg", "image/jpeg", TestFiles.gpsJpeg(100, 80, 1), ""));
        List<Map<String, Object>> items = items(http.send(HttpRequest.GET("/api/search/space?campus=" + CAMPUS_A + "&size=50")));
        Map<String, Object> ours = items.stream().filter(i -> unitId(i).equals(unit.toString())).findFirst().orElseThrow();
        assertThat(ours.get("thumbnailUrl")).isEqualTo(photo.get("thumbnailUrl"));
        assertThat(items.stream().filter(i -> unitId(i).equals(UNIT_A.toString())).findFirst().orElseThrow().get("thumbnailUrl"))
                .as("a unit without images").isNull();
    }

    @Test
    void theUnitPageShowsTheGalleryAndTheSearchPageTheThumbnail() {
        UUID unit = newUnit();
        Map<String, Object> photo = http.object(upload(managerA, unit, "photo", "p.png", "image/png", TestFiles.png(400, 300), "Lab & \"bench\""));
        upload(managerA, unit, "floor-plan", "Vloer 2.pdf", "application/pdf", TestFiles.pdf(""), "");
        Reply page = http.send(HttpRequest.GET("/units/" + unit).accept(MediaType.TEXT_HTML_TYPE));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<img src=\"" + photo.get("thumbnailUrl") + "\"")
                .contains("alt=\"Lab &amp; &quot;bench&quot;\"").contains("Vloer 2.pdf (PDF, 1 kB)");
        Reply search = http.send(HttpRequest.GET("/search?campus=" + CAMPUS_A + "&size=100").accept(MediaType.TEXT_HTML_TYPE));
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.body()).contains("class=\"result-thumbnail\" src=\"" + photo.get("thumbnailUrl") + "\"");
        Reply console = http.send(HttpRequest.GET("/console/campus/units/" + unit + "/files").bearerAuth(managerA)
                .accept(MediaType.TEXT_HTML_TYPE));
        assertThat(console.status()).isEqualTo(200);
        assertThat(console.body()).contains("p.png").contains("Vloer 2.pdf");
    }

    private UUID newUnit() {
        Reply created = http.send(HttpRequest.POST("/api/campuses/" + CAMPUS_A + "/units", UNIT)
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(managerA));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString((String) http.object(created).get("id"));
    }

    private Reply upload(String token, UUID unit, String kind, String name, String type, byte[] bytes, String caption) {
        MultipartBody body = MultipartBody.builder().addPart("kind", kind).addPart("caption", caption)
                .addPart("file", name, MediaType.of(type), bytes).build();
        MutableHttpRequest<?> request = HttpRequest.POST("/api/units/" + unit + "/files", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
        return http.send(token == null ? request : request.bearerAuth(token));
    }

    private Reply delete(String token, UUID unit, Object fileId) {
        MutableHttpRequest<?> request = HttpRequest.DELETE("/api/units/" + unit + "/files/" + fileId);
        return http.send(token == null ? request : request.bearerAuth(token));
    }

    private HttpResponse<byte[]> download(String path, String token) {
        MutableHttpRequest<Object> request = HttpRequest.GET(path);
        if (token != null) {
            request.bearerAuth(token);
        }
        return client.toBlocking().exchange(request, byte[].class);
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, byte[].class).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    private void assertRefused(Reply reply, int status, String fileName, String reason) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        Map<String, Object> problem = http.object(reply);
        assertThat((String) problem.get("detail")).as(reply.body()).contains(fileName).contains(reason);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> params = (List<Map<String, Object>>) problem.get("invalidParams");
        assertThat(params).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("name", "file").containsEntry("value", fileName);
            assertThat((String) p.get("reason")).contains(reason);
        });
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return (List<Map<String, Object>>) http.object(reply).get("items");
    }

    @SuppressWarnings("unchecked")
    private static String unitId(Map<String, Object> item) {
        return (String) ((Map<String, Object>) item.get("unit")).get("id");
    }

    private static List<Object> range(int first, int last) {
        return java.util.stream.IntStream.rangeClosed(first, last).boxed().map(Object.class::cast).toList();
    }

    /** APP1 segments (EXIF, XMP) in the JPEG's metadata as ImageIO reads it. */
    private static int app1Markers(byte[] jpeg) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node root = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
            return count(root);
        }
    }

    private static int count(Node node) {
        int found = "unknown".equals(node.getNodeName()) && node.getAttributes() != null
                && node.getAttributes().getNamedItem("MarkerTag") != null
                && "225".equals(node.getAttributes().getNamedItem("MarkerTag").getNodeValue()) ? 1 : 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            found += count(child);
        }
        return found;
    }
}
