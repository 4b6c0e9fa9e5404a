package com.ks.platform.community;

import com.ks.platform.shared.PersonalData;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the community holds about a person: their posts, comments, questions and answers (PIPL art. 45 copy). On
 * erasure (art. 47) the member's nickname no longer names them; what they published stays under 已注销用户.
 */
@Component
class CommunityPersonalData implements PersonalData {

    private final CommunityMemberRepository members;
    private final PostRepository posts;
    private final QuestionRepository questions;

    CommunityPersonalData(CommunityMemberRepository members, PostRepository posts, QuestionRepository questions) {
        this.members = members;
        this.posts = posts;
        this.questions = questions;
    }

    @Override
    public List<Category> export(UUID accountId) {
        return members.ofAccount(accountId)
                .map(member -> {
                    List<Category> categories = new ArrayList<>();
                    posts.exportOf(member.getId()).forEach((name, rows) -> categories.add(new Category(name, rows)));
                    categories.add(new Category("communityQuestions", questions.exportQuestions(member.getId())));
                    categories.add(new Category("communityAnswers", questions.exportAnswers(member.getId())));
                    return categories;
                })
                .orElse(List.of());
    }

    @Override
    public void erase(UUID accountId) {
        members.erase(accountId, ERASED_NAME);
    }
}
