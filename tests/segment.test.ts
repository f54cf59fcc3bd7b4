/** Sentence splitting of Vietnamese news text, one case per convention. */
import { describe, expect, it } from "vitest";
import { loadResources } from "../pipeline/resources.ts";
import { sentenceEnds } from "../pipeline/stages/segment.ts";

const abbreviations = new Set(loadResources().cleaning.non_final_abbreviations);

function sentences(text: string): string[] {
  let start = 0;
  return sentenceEnds(text, abbreviations).map((end) => {
    const sentence = text.slice(start, end).trim();
    start = end;
    return sentence;
  });
}

describe("no split", () => {
  it.each([
    ["a day/month date", "Từ ngày 22/7 đến 27/7, đoàn đến thăm. Hai bên trao đổi.", ["Từ ngày 22/7 đến 27/7, đoàn đến thăm.", "Hai bên trao đổi."]],
    ["a thousands dot", "Hỗ trợ 1.324 trường hợp. Xong.", ["Hỗ trợ 1.324 trường hợp.", "Xong."]],
    ["a decimal comma", "Chi hơn 1,6 tỷ đồng. Xong.", ["Chi hơn 1,6 tỷ đồng.", "Xong."]],
    ["a dotted date", "Lễ trao giải diễn ra sáng 11.11.2025. Tiếp theo là hội nghị.", ["Lễ trao giải diễn ra sáng 11.11.2025.", "Tiếp theo là hội nghị."]],
    ["TP.", "Đoàn đến TP. Hồ Chí Minh. Sau đó về.", ["Đoàn đến TP. Hồ Chí Minh.", "Sau đó về."]],
    ["Tp.", "Đoàn đến Tp. Vinh. Sau đó về.", ["Đoàn đến Tp. Vinh.", "Sau đó về."]],
    ["ThS.", "Báo cáo của ThS. Nguyễn Văn An. Xong.", ["Báo cáo của ThS. Nguyễn Văn An.", "Xong."]],
    ["TS.", "Theo TS. Trần Bình, kết quả tốt. Xong.", ["Theo TS. Trần Bình, kết quả tốt.", "Xong."]],
    ["PGS.", "Có PGS. Lê Cường tham dự. Xong.", ["Có PGS. Lê Cường tham dự.", "Xong."]],
    ["GS.", "Có GS. Phạm Dũng tham dự. Xong.", ["Có GS. Phạm Dũng tham dự.", "Xong."]],
    ["chained titles", "Có PGS.TS. Hoàng Yến tham dự. Xong.", ["Có PGS.TS. Hoàng Yến tham dự.", "Xong."]],
    ["v.v.", "Các hoạt động văn nghệ, thể thao, v.v. Được tổ chức sôi nổi. Xong.", ["Các hoạt động văn nghệ, thể thao, v.v. Được tổ chức sôi nổi.", "Xong."]],
    ["a dateline tag", "(LĐTĐ) Phiên họp diễn ra hôm nay (19/5). Hội nghị kết thúc.", ["(LĐTĐ) Phiên họp diễn ra hôm nay (19/5).", "Hội nghị kết thúc."]],
    ["an ellipsis inside a sentence", "Khó khăn... nhưng vẫn làm. Tiếp theo.", ["Khó khăn... nhưng vẫn làm.", "Tiếp theo."]],
    ["a single initial", "Đoàn do đồng chí A. Lương dẫn đầu. Xong.", ["Đoàn do đồng chí A. Lương dẫn đầu.", "Xong."]],
    [
      "quoted speech",
      "Ông cho biết: “Tôi đi. Anh về. Chúng ta gặp nhau”. Sau đó ông rời đi.",
      ["Ông cho biết: “Tôi đi. Anh về. Chúng ta gặp nhau”.", "Sau đó ông rời đi."],
    ],
    [
      "quoted speech closed by a straight quote",
      "Ông chia sẻ: “Chúng tôi vun đắp. Chúng tôi khẳng định hai nước gắn bó\". Xong.",
      ["Ông chia sẻ: “Chúng tôi vun đắp. Chúng tôi khẳng định hai nước gắn bó\".", "Xong."],
    ],
    ["quoted speech running to the end of the paragraph", "Ông nói: “Tôi đi. Anh về.", ["Ông nói: “Tôi đi. Anh về."]],
  ])("inside %s", (_case, text, expected) => expect(sentences(text)).toEqual(expected));
});

describe("split", () => {
  it("after a quote that closes on a full stop", () => {
    expect(sentences("Ông nói: “Tôi đi. Anh về.” Sau đó ông rời đi.")).toEqual(["Ông nói: “Tôi đi. Anh về.”", "Sau đó ông rời đi."]);
  });

  it("at ./. whatever follows", () => {
    expect(sentences("Đề nghị tiếp tục trao đổi./. tin khác")).toEqual(["Đề nghị tiếp tục trao đổi./.", "tin khác"]);
    expect(sentences("Hiệu quả./.")).toEqual(["Hiệu quả./."]);
  });

  it("at ! and ? and before a number", () => {
    expect(sentences("Thật tuyệt! Vì sao vậy? 20 người đã đến.")).toEqual(["Thật tuyệt!", "Vì sao vậy?", "20 người đã đến."]);
  });
});
