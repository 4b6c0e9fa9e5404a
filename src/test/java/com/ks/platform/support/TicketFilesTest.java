package com.ks.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.TestMerchants;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** A ticket's files are links served to its requester, its agents and leads; to anyone else they do not exist. */
class TicketFilesTest extends SupportTestSupport {

    @Autowired
    TicketFileController files;

    @Test
    void the_requester_and_the_teams_agent_download_the_photo_with_its_sniffed_type_and_a_file_name() {
        String shopper = shopper();
        Opened ticket = as(
                shopper,
                () -> myTickets.open(
                        new OpenTicket(TicketType.OTHER, null, "商品有划痕，见照片", List.of(TestMerchants.png()))));
        UUID team = newTeam();
        String agent = onlineAgent(team, "客服 附件", 5);
        transferTo(ticket.ticketId(), team);
        run(agent, () -> tickets.reply(ticket.ticketId(), "请看退货说明", List.of(TestMerchants.pdf())));
        TicketDetail detail = detail(ticket.ticketId());
        UUID photo = detail.messages().getFirst().attachments().getFirst().id();
        UUID leaflet = detail.messages().get(1).attachments().getFirst().id();

        ResponseEntity<byte[]> mine =
                as(shopper, () -> files.file(ticket.ticketId().toString(), photo.toString()));
        assertThat(mine.getStatusCode().value()).isEqualTo(200);
        assertThat(mine.getBody()).isEqualTo(TestMerchants.png());
        assertThat(mine.getHeaders().getContentType()).hasToString("image/png");
        assertThat(mine.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("inline")
                .contains(detail.summary().ticketNo(), ".png");
        assertThat(mine.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(mine.getHeaders().getCacheControl()).isEqualTo("no-store");

        ResponseEntity<byte[]> answer =
                as(shopper, () -> files.file(ticket.ticketId().toString(), leaflet.toString()));
        assertThat(answer.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .as("a PDF is saved, not shown")
                .startsWith("attachment");

        assertThat(as(agent, () -> files.file(ticket.ticketId().toString(), photo.toString()))
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(as(LEAD, () -> files.file(ticket.ticketId().toString(), photo.toString()))
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    @Test
    void another_shopper_an_agent_outside_the_team_and_a_visitor_get_not_found_for_guessed_ids() throws Exception {
        String shopper = shopper();
        Opened ticket = as(
                shopper,
                () -> myTickets.open(new OpenTicket(TicketType.OTHER, null, "发票照片", List.of(TestMerchants.png()))));
        transferTo(ticket.ticketId(), newTeam());
        UUID photo = detail(ticket.ticketId())
                .messages()
                .getFirst()
                .attachments()
                .getFirst()
                .id();
        String ticketId = ticket.ticketId().toString();

        String stranger = shopper();
        assertThat(as(stranger, () -> files.file(ticketId, photo.toString()))
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        Opened own = ask(stranger, TicketType.OTHER, null, "我自己的问题");
        assertThat(as(stranger, () -> files.file(own.ticketId().toString(), photo.toString()))
                        .getStatusCode()
                        .value())
                .as("the file of another ticket under the stranger's own ticket id")
                .isEqualTo(404);
        String outsider = onlineAgent(newTeam(), "外组客服 附件", 5);
        assertThat(as(outsider, () -> files.file(ticketId, photo.toString()))
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(as(shopper, () -> files.file(ticketId, "../../etc/passwd"))
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        run(outsider, () -> presence.setStatus(AgentStatus.OFFLINE));

        HttpResponse<byte[]> visitor = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(baseUrl() + SupportRoutes.attachment(ticket.ticketId(), photo)))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(visitor.statusCode()).isEqualTo(404);
    }
}
