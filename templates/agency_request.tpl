{{%AUTOESCAPE context="HTML"}}<nav aria-label="breadcrumb"><ul><li><a href="/instansi">Permohonan instansi</a></li><li>{{number}}</li></ul></nav>
<h1>Permohonan {{number}}</h1>
{{#refused}}<p class="error" role="alert">{{refused}}</p>{{/refused}}
<p><strong>{{title}}</strong></p>
<p>{{service_name}}{{#kind_name}} — {{kind_name}}{{/kind_name}} · Status: <mark class="status status-{{status}}">{{status_label}}</mark></p>
{{#current_step}}<p>Langkah saat ini: <strong>{{number}}. {{text_html:none}}</strong></p>{{/current_step}}
{{#actions}}
{{#can_complete}}<form method="post" action="/instansi/permohonan/{{number}}/aksi" enctype="multipart/form-data">
<input type="hidden" name="_csrf" value="{{csrf}}">
<input type="hidden" name="aksi" value="complete">
<label>Catatan<textarea name="catatan" rows="3">{{kept_complete}}</textarea></label>
<label>Lampiran (opsional)<input type="file" name="lampiran"></label>
<button type="submit">Tandai langkah ini selesai</button>
</form>{{/can_complete}}
{{#can_answer}}<form method="post" action="/instansi/permohonan/{{number}}/aksi" enctype="multipart/form-data">
<input type="hidden" name="_csrf" value="{{csrf}}">
<input type="hidden" name="aksi" value="answer">
<label>Jawaban atas permintaan petugas<textarea name="catatan" rows="3" required>{{kept_answer}}</textarea></label>
<label>Lampiran (opsional)<input type="file" name="lampiran"></label>
<button type="submit">Kirim jawaban</button>
</form>{{/can_answer}}
{{#can_withdraw}}<details><summary>Batalkan permohonan</summary>
<form method="post" action="/instansi/permohonan/{{number}}/aksi">
<input type="hidden" name="_csrf" value="{{csrf}}">
<input type="hidden" name="aksi" value="withdraw">
<label>Alasan<input name="catatan"></label>
<button type="submit" class="secondary">Batalkan</button>
</form></details>{{/can_withdraw}}
{{/actions}}
<h2>Prosedur</h2>
<ol class="steps">
{{#steps}}<li value="{{number}}" class="step-{{state}}">{{text_html:none}}</li>
{{/steps}}
</ol>
{{desk_panel:none}}
<h2>Riwayat</h2>
<div class="table-wrap"><table class="history">
<thead><tr><th>Waktu</th><th>Kegiatan</th><th>Oleh</th><th>Catatan</th></tr></thead>
<tbody>
{{#history}}<tr><td>{{at}}</td><td>{{action_label}}</td><td>{{actor}}</td><td>{{#note}}<span class="prewrap">{{text:pre_escape}}</span>{{/note}}</td></tr>
{{/history}}
</tbody>
</table></div>
