package com.ks.platform.aftersales.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.TestMerchants;
import com.ks.platform.aftersales.AfterSalesQueries;
import com.ks.platform.aftersales.AfterSalesService;
import com.ks.platform.aftersales.CaseDetails;
import com.ks.platform.aftersales.TestPurchases;
import com.ks.platform.aftersales.TestPurchases.Purchase;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The after-sales API with real bearer tokens from the test provider, over real HTTP: the storefront's rules. */
class AfterSalesApiTest extends KsIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String RETURN_ADDRESS = "杭州市西湖区文三路 90 号 售后部";

    @Autowired
    ApplicationContext context;

    @Autowired
    AfterSalesService service;

    @Autowired
    AfterSalesQueries queries;

    @Autowired
    com.ks.platform.aftersales.RefundProposals proposals;

    private TestPurchases purchases;

    @BeforeEach
    void purchases() {
        purchases = new TestPurchases(context, this::actAs);
    }

    @Test
    void a_shopper_opens_a_return_follows_it_and_sends_the_parcel_back_through_the_api() throws Exception {
        Purchase purchase = purchases.delivered(2, null);
        String token = tokenOf(purchase.shopper());

        var opened = call("POST", "/api/v1/after-sales", token, openJson(purchase, "NO_REASON", 1));
        assertThat(opened.statusCode()).isEqualTo(201);
        assertThat(opened.body())
                .contains("\"state\":\"REQUESTED\"", "\"nextActor\":\"MERCHANT\"", "\"refundFen\":5000");
        assertThat(opened.body()).contains("\"deadlineAt\":\"", "\"timeline\":[{");
        String caseId = opened.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");

        var mine = call("GET", "/api/v1/after-sales", token, null);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("\"total\":1", caseId);

        var photo = upload(caseId, token, "photo.png", TestMerchants.png());
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.body()).contains("\"contentType\":\"image/png\"");

        purchases.as(purchase.shop(), () -> {
            service.approve(UUID.fromString(caseId), RETURN_ADDRESS);
            return null;
        });
        String trackingNo = TestPurchases.trackingNo();
        var sent = call(
                "POST",
                "/api/v1/after-sales/" + caseId + "/return-shipment",
                token,
                "{\"carrier\":\"SF\",\"trackingNo\":\"" + trackingNo + "\"}");
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("\"state\":\"RETURN_SHIPPED\"", trackingNo, RETURN_ADDRESS);

        var read = call("GET", "/api/v1/after-sales/" + caseId, token, null);
        assertThat(read.body()).contains("\"state\":\"APPROVED\"", "\"state\":\"RETURN_SHIPPED\"");
    }

    @Test
    void a_shopper_withdraws_a_request_and_the_line_may_be_claimed_again() throws Exception {
        Purchase purchase = purchases.delivered(1, null);
        String token = tokenOf(purchase.shopper());
        String caseId = idOf(call("POST", "/api/v1/after-sales", token, openJson(purchase, "NO_REASON", 1)));

        var withdrawn = call("POST", "/api/v1/after-sales/" + caseId + "/withdraw", token, null);

        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(withdrawn.body()).contains("\"state\":\"WITHDRAWN\"");
        assertThat(call("POST", "/api/v1/after-sales", token, openJson(purchase, "NO_REASON", 1))
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void opening_again_with_the_same_idempotency_key_answers_the_first_case() throws Exception {
        Purchase purchase = purchases.delivered(1, null);
        String token = tokenOf(purchase.shopper());
        String body = openJson(purchase, "NO_REASON", 1);

        var first = call("POST", "/api/v1/after-sales", token, body, "Idempotency-Key", "as-retry-1");
        var second = call("POST", "/api/v1/after-sales", token, body, "Idempotency-Key", "as-retry-1");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(purchases.as(purchase.shopper(), queries::countMine)).isEqualTo(1);
    }

    @Test
    void another_shoppers_case_is_not_found_and_stays_as_it_was() throws Exception {
        Purchase purchase = purchases.delivered(1, null);
        String caseId = idOf(
                call("POST", "/api/v1/after-sales", tokenOf(purchase.shopper()), openJson(purchase, "NO_REASON", 1)));
        Purchase strangers = purchases.delivered(1, null);
        String stranger = tokenOf(strangers.shopper());

        var read = call("GET", "/api/v1/after-sales/" + caseId, stranger, null);
        var withdraw = call("POST", "/api/v1/after-sales/" + caseId + "/withdraw", stranger, null);
        var onTheirOrder = call("POST", "/api/v1/after-sales", stranger, openJson(purchase, "NO_REASON", 1));

        for (var refused : List.of(read, withdraw, onTheirOrder)) {
            assertThat(refused.statusCode()).isEqualTo(404);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
        }
        assertThat(read.body()).contains("找不到这个售后单");
        assertThat(purchases
                        .as(purchase.shopper(), () -> queries.myCase(UUID.fromString(caseId)))
                        .state()
                        .name())
                .isEqualTo("REQUESTED");
    }

    @Test
    void an_illegal_move_and_a_broken_rule_are_refused_with_a_problem() throws Exception {
        Purchase purchase = purchases.delivered(1, null);
        String token = tokenOf(purchase.shopper());
        String caseId = idOf(call("POST", "/api/v1/after-sales", token, openJson(purchase, "NO_REASON", 1)));

        // the merchant has not approved: there is nowhere to send the parcel yet
        var early = call(
                "POST",
                "/api/v1/after-sales/" + caseId + "/return-shipment",
                token,
                "{\"carrier\":\"SF\",\"trackingNo\":\"" + TestPurchases.trackingNo() + "\"}");
        var twice = call("POST", "/api/v1/after-sales", token, openJson(purchase, "NO_REASON", 1));
        var tooMany = call("POST", "/api/v1/after-sales", token, openJson(purchase, "QUALITY_PROBLEM", 5));

        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(early.body()).contains("售后单当前状态下不能进行此操作");
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(twice.body()).contains("这件商品已有进行中的售后申请");
        assertThat(tooMany.statusCode()).isEqualTo(422);
        CaseDetails unchanged = purchases.as(purchase.shopper(), () -> queries.myCase(UUID.fromString(caseId)));
        assertThat(unchanged.state().name()).isEqualTo("REQUESTED");
        assertThat(unchanged.returnTrackingNo()).isNull();
    }

    @Test
    void a_disguised_file_is_refused_and_nothing_is_attached() throws Exception {
        Purchase purchase = purchases.delivered(1, null);
        String token = tokenOf(purchase.shopper());
        String caseId = idOf(call("POST", "/api/v1/after-sales", token, openJson(purchase, "NO_REASON", 1)));
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);

        var refused = upload(caseId, token, "photo.png", script);

        // a field the client got wrong (the file) is a 400 validation problem naming it
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("只支持 JPG、PNG、WebP 图片或 PDF 文件");
        assertThat(purchases
                        .as(purchase.shopper(), () -> queries.myCase(UUID.fromString(caseId)))
                        .evidence())
                .isEmpty();
    }

    @Test
    void a_shopper_declines_a_partial_refund_asks_the_platform_and_cannot_answer_twice_through_the_api()
            throws Exception {
        Purchase purchase = purchases.delivered(1, null);
        String token = tokenOf(purchase.shopper());
        var opened = call("POST", "/api/v1/after-sales", token, openJson(purchase, "QUALITY_PROBLEM", 1));
        String caseId = opened.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        purchases.as(purchase.shop(), () -> {
            proposals.propose(UUID.fromString(caseId), 1_000, "补偿 10 元");
            return null;
        });
        assertThat(call("GET", "/api/v1/after-sales/" + caseId, token, null).body())
                .contains("\"state\":\"PROPOSED\"", "\"proposal\":{\"amountFen\":1000,\"note\":\"补偿 10 元\"}");

        var declined = call("POST", "/api/v1/after-sales/" + caseId + "/proposal/decline", token, null);
        assertThat(declined.statusCode()).isEqualTo(200);
        assertThat(declined.body()).contains("\"state\":\"DECLINED\"", "\"nextActor\":\"SHOPPER\"");
        var again = call("POST", "/api/v1/after-sales/" + caseId + "/proposal/accept", token, null);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var othersToken = tokenOf(purchases.newShopper());
        assertThat(call("POST", "/api/v1/after-sales/" + caseId + "/platform", othersToken, "{\"reason\":\"x\"}")
                        .statusCode())
                .isEqualTo(404);

        var escalated = call("POST", "/api/v1/after-sales/" + caseId + "/platform", token, "{\"reason\":\"应全额退款\"}");
        assertThat(escalated.statusCode()).isEqualTo(200);
        assertThat(escalated.body()).contains("\"state\":\"ESCALATED\"");
    }

    @Test
    void a_shopper_reads_and_writes_the_case_conversation_with_a_photo_and_a_stranger_is_not_found() throws Exception {
        Purchase purchase = purchases.delivered(1, null);
        String token = tokenOf(purchase.shopper());
        String caseId = idOf(call("POST", "/api/v1/after-sales", token, openJson(purchase, "QUALITY_PROBLEM", 1)));

        var written = call("POST", "/api/v1/after-sales/" + caseId + "/messages", token, "{\"text\":\" 屏幕有亮点 \"}");
        assertThat(written.statusCode()).isEqualTo(201);
        assertThat(written.body()).contains("\"text\":\"屏幕有亮点\"", "\"author\":\"SHOPPER\"", "\"closedKey\":null");
        var withPhoto =
                multipart("/api/v1/after-sales/" + caseId + "/messages", token, "照片", "photo.png", TestMerchants.png());
        assertThat(withPhoto.statusCode()).isEqualTo(201);
        assertThat(withPhoto.body()).contains("\"contentType\":\"image/png\"");

        var read = call("GET", "/api/v1/after-sales/" + caseId + "/messages", token, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("屏幕有亮点", "照片");

        String stranger = tokenOf(purchases.newShopper());
        var strangerRead = call("GET", "/api/v1/after-sales/" + caseId + "/messages", stranger, null);
        var strangerWrite = call("POST", "/api/v1/after-sales/" + caseId + "/messages", stranger, "{\"text\":\"hi\"}");
        assertThat(strangerRead.statusCode()).isEqualTo(404);
        assertThat(strangerWrite.statusCode()).isEqualTo(404);
        assertThat(strangerWrite.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/problem+json");
    }

    @Test
    void a_blank_message_a_disguised_attachment_and_a_message_on_an_ended_case_are_problems() throws Exception {
        Purchase purchase = purchases.delivered(1, null);
        String token = tokenOf(purchase.shopper());
        String caseId = idOf(call("POST", "/api/v1/after-sales", token, openJson(purchase, "NO_REASON", 1)));
        String messages = "/api/v1/after-sales/" + caseId + "/messages";

        var blank = call("POST", messages, token, "{\"text\":\"  \"}");
        var disguised = multipart(messages, token, "看图", "photo.png", "<script>".getBytes(StandardCharsets.UTF_8));
        call("POST", "/api/v1/after-sales/" + caseId + "/withdraw", token, null);
        var ended = call("POST", messages, token, "{\"text\":\"还在吗\"}");

        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("请填写留言内容");
        assertThat(disguised.statusCode()).isEqualTo(400);
        assertThat(disguised.body()).contains("只支持 JPG、PNG、WebP 图片或 PDF 文件");
        assertThat(ended.statusCode()).isEqualTo(422);
        assertThat(ended.body()).contains("售后已结束，不能再留言");
        assertThat(call("GET", messages, token, null).body()).contains("\"messages\":[]");
    }

    @Test
    void a_shopper_complains_about_an_order_through_the_api_once_while_it_is_open() throws Exception {
        Purchase purchase = purchases.delivered(1, null);
        String token = tokenOf(purchase.shopper());
        String complaint = """
                {"orderId":"%s","reason":"COMPLAINT_SLOW_SHIPPING","description":"付款一周后才发货"}
                """.formatted(purchase.orderId());

        var opened = call("POST", "/api/v1/after-sales", token, complaint);
        var again = call("POST", "/api/v1/after-sales", token, complaint);
        var withoutDescription = call(
                "POST",
                "/api/v1/after-sales",
                token,
                "{\"orderId\":\"" + purchase.orderId() + "\",\"reason\":\"COMPLAINT_OTHER\"}");

        assertThat(opened.statusCode()).isEqualTo(201);
        assertThat(opened.body())
                .contains("\"type\":\"COMPLAINT\"", "\"state\":\"ESCALATED\"", "\"nextActor\":\"PLATFORM\"");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("此订单已有一个处理中的投诉");
        assertThat(withoutDescription.statusCode()).isEqualTo(400);
        assertThat(withoutDescription.body()).contains("请描述投诉的问题");
    }

    /** Links the shopper's account to the test provider (verified e-mail) and issues a bearer token for it. */
    private String tokenOf(String email) {
        return apiToken(linkToProvider(email));
    }

    private static String openJson(Purchase purchase, String reason, int quantity) {
        return """
                {"orderId":"%s","lineId":"%s","reason":"%s","quantity":%d,"description":"尺寸不合适"}
                """.formatted(purchase.orderId(), purchase.line().id(), reason, quantity);
    }

    private static String idOf(HttpResponse<String> opened) {
        assertThat(opened.statusCode()).isEqualTo(201);
        return opened.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    }

    private HttpResponse<String> call(String method, String path, String token, String json, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Accept-Language", "zh-CN")
                .header("Authorization", "Bearer " + token)
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String caseId, String token, String fileName, byte[] content) throws Exception {
        return multipart("/api/v1/after-sales/" + caseId + "/evidence", token, null, fileName, content);
    }

    /** A multipart request with a file part "files" and, unless {@code text} is null, a text part "text". */
    private HttpResponse<String> multipart(String path, String token, String text, String fileName, byte[] content)
            throws Exception {
        String boundary = "ks-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (text != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n"
                            + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Accept-Language", "zh-CN")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
