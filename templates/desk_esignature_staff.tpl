{{%AUTOESCAPE context="HTML"}}<section class="desk-panel" id="tahapan">
<h2>Tahapan integrasi dengan BSrE</h2>
<ol class="steps">
{{#stages}}<li class="{{#done}}step-done{{/done}}{{#no_done}}step-pending{{/no_done}}">{{label}}{{#optional}} <small>(bila diperlukan)</small>{{/optional}}{{#done}} ✓{{/done}}</li>
{{/stages}}
</ol>
{{#no_milestones}}<p>Belum ada tahapan yang dicatat.</p>{{/no_milestones}}
{{#table}}<div class="table-wrap"><table>
<thead><tr><th>Tanggal</th><th>Tahapan</th><th>Catatan</th><th>Dicatat oleh</th></tr></thead>
<tbody>
{{#rows}}<tr><td>{{date}}</td><td><strong>{{label}}</strong></td><td><span class="prewrap">{{note}}</span></td><td><small>{{by}}</small></td></tr>
{{/rows}}
</tbody></table></div>{{/table}}
{{#form}}<form method="post" action="/staf/permohonan/{{number}}/esign/tahapan">
<input type="hidden" name="_csrf" value="{{csrf}}">
{{#error}}<p class="error" role="alert" id="tahapan-error">{{error}}</p>{{/error}}
<label for="tahapan-pilih">Tahapan</label>
<select id="tahapan-pilih" name="tahapan">{{#options}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/options}}</select>
<label for="tahapan-tanggal">Tanggal terlaksana</label>
<input id="tahapan-tanggal" type="date" name="tanggal" value="{{typed_date}}" required{{#error}} aria-invalid="true" aria-describedby="tahapan-error"{{/error}}>
<label for="tahapan-catatan">Catatan (terlihat oleh Perangkat Daerah pemohon)</label>
<textarea id="tahapan-catatan" name="catatan" rows="2" maxlength="2000">{{typed_note}}</textarea>
<button type="submit">Catat tahapan</button>
</form>{{/form}}
</section>
