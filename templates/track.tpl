{{%AUTOESCAPE context="HTML"}}{{#receipt}}<article class="receipt" role="status">
<h2>Permohonan Anda telah diterima</h2>
<p>Nomor permohonan: <strong class="number">{{number}}</strong></p>
<p>Kode pelacakan: <code>{{code}}</code></p>
<p>Simpan nomor dan kode ini, atau tautan pelacakan berikut. Siapa pun yang memegang tautan ini dapat melihat dan menindaklanjuti permohonan Anda, jadi jangan bagikan.</p>
<p><a href="{{link}}">Tautan pelacakan</a></p>
</article>{{/receipt}}
<h1>Permohonan {{number}}</h1>
{{#refused}}<p class="error" role="alert">{{refused}}</p>{{/refused}}
<p>{{service_name}}{{#kind_name}} — {{kind_name}}{{/kind_name}}</p>
<p>Status: <mark class="status status-{{status}}">{{status_label}}</mark></p>
{{#current_step}}<p>Langkah saat ini: <strong>{{number}}. {{text_html:none}}</strong></p>{{/current_step}}
<p><small>Diajukan {{created}} · diperbarui {{updated}}</small></p>
{{#letters}}<p>Unduh, cetak dan tanda tangani: <a href="/lacak/{{number}}/surat/{{id}}?kode={{code}}">{{title}} (PDF)</a></p>
{{/letters}}<h2>Prosedur</h2>
<ol class="steps">
{{#steps}}<li value="{{number}}" class="step-{{state}}">{{text_html:none}} <small>({{#is_done}}selesai{{/is_done}}{{#is_current}}sedang berjalan{{/is_current}}{{#no_is_done}}{{#no_is_current}}menunggu{{/no_is_current}}{{/no_is_done}})</small></li>
{{/steps}}
</ol>
{{#actions}}
{{#can_answer}}<article>
<h2>Petugas meminta informasi tambahan</h2>
<form method="post" action="/lacak/{{number}}/aksi" enctype="multipart/form-data">
<input type="hidden" name="_csrf" value="{{csrf}}">
<input type="hidden" name="kode" value="{{code}}">
<input type="hidden" name="aksi" value="answer">
<label for="jawaban">Jawaban Anda</label>
<textarea id="jawaban" name="catatan" rows="4" required>{{kept_answer}}</textarea>
<label for="lampiran-jawaban">Lampiran (opsional)</label>
<input id="lampiran-jawaban" type="file" name="lampiran">
<button type="submit">Kirim jawaban</button>
</form>
</article>{{/can_answer}}
{{#can_complete}}<article>
<h2>Langkah ini adalah bagian Anda</h2>
<form method="post" action="/lacak/{{number}}/aksi" enctype="multipart/form-data">
<input type="hidden" name="_csrf" value="{{csrf}}">
<input type="hidden" name="kode" value="{{code}}">
<input type="hidden" name="aksi" value="complete">
<label for="catatan-selesai">Catatan</label>
<textarea id="catatan-selesai" name="catatan" rows="3">{{kept_complete}}</textarea>
<label for="lampiran-selesai">Lampiran (opsional)</label>
<input id="lampiran-selesai" type="file" name="lampiran">
<button type="submit">Tandai langkah ini selesai</button>
</form>
</article>{{/can_complete}}
{{#can_withdraw}}<details>
<summary>Batalkan permohonan</summary>
<form method="post" action="/lacak/{{number}}/aksi">
<input type="hidden" name="_csrf" value="{{csrf}}">
<input type="hidden" name="kode" value="{{code}}">
<input type="hidden" name="aksi" value="withdraw">
<label for="alasan-batal">Alasan (opsional)</label>
<input id="alasan-batal" name="catatan">
<button type="submit" class="secondary">Batalkan permohonan</button>
</form>
</details>{{/can_withdraw}}
{{/actions}}
{{desk_panel:none}}
<h2>Riwayat</h2>
<table class="history">
<thead><tr><th>Waktu</th><th>Kegiatan</th><th>Oleh</th><th>Catatan</th></tr></thead>
<tbody>
{{#history}}<tr><td>{{at}}</td><td>{{action_label}}</td><td>{{actor}}</td><td>{{#note}}<span class="prewrap">{{text:pre_escape}}</span>{{/note}}</td></tr>
{{/history}}
</tbody>
</table>
